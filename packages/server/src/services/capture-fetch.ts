import http from "node:http";
import https from "node:https";
import type { CaptureConfig } from "../config.js";
import { CaptureError } from "../errors.js";
import { guardedLookup, isRefusedHost, RefusedAddressError, type AddressPolicy } from "./public-address.js";

/** A page as it was answered, after redirects. */
export interface FetchedPage {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  /** The Content-Type header as sent (null when there was none). */
  contentType: string | null;
  body: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** An http(s) URL without credentials, else the typed refusal; `hop` says whether a redirect led here. */
function checkUrl(raw: string, policy: AddressPolicy, hop: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CaptureError(
      `${hop ? "A redirect led to an address" : "The URL"} that cannot be read.`,
      "capture/invalid_url",
      raw.slice(0, 2048),
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new CaptureError(
      `${hop ? "A redirect led to" : "Only http:// and https:// pages can be captured, not"} ${url.protocol}${hop ? " (only http:// and https:// are followed)" : ""}.`,
      "capture/invalid_url",
      url.href,
    );
  if (url.username || url.password) throw new CaptureError("Put no credentials in a URL to capture.", "capture/invalid_url", url.origin);
  if (isRefusedHost(url.hostname, policy))
    throw new CaptureError(
      `${hop ? "A redirect led to" : "The page is on"} a private, loopback or link-local address (${url.hostname}); it was not fetched.`,
      "capture/private_address",
      url.href,
    );
  return url;
}

type Hop = { redirect: string; status: number } | { page: Omit<FetchedPage, "requestedUrl" | "finalUrl"> };

/** One GET: a redirect's target, or the whole body (at most `maxBytes`, else the typed refusal and nothing kept). */
function get(url: URL, config: CaptureConfig, policy: AddressPolicy, signal: AbortSignal): Promise<Hop> {
  return new Promise<Hop>((resolve, reject) => {
    const fail = (error: unknown) => {
      if (error instanceof CaptureError) return reject(error);
      if (signal.aborted)
        return reject(new CaptureError(`The page did not arrive within ${config.timeoutMs / 1000} s.`, "capture/timeout", url.href));
      if (error instanceof RefusedAddressError || (error as { cause?: unknown }).cause instanceof RefusedAddressError)
        return reject(
          new CaptureError(
            `${url.hostname} is on a private, loopback or link-local address; it was not fetched.`,
            "capture/private_address",
            url.href,
          ),
        );
      reject(new CaptureError(`${url.hostname} could not be reached (${(error as Error).message}).`, "capture/unreachable", url.href));
    };
    const request = (url.protocol === "https:" ? https : http).request(url, {
      method: "GET",
      headers: {
        "user-agent": "FactDesk-Capture/1 (archiving a source for a fact-check)",
        accept: "text/html,application/xhtml+xml,application/pdf,image/*;q=0.9,*/*;q=0.8",
        // The size cap counts the bytes kept, so nothing arrives compressed (no decompression bombs either).
        "accept-encoding": "identity",
      },
      lookup: guardedLookup(policy),
      signal,
    });
    request.on("error", fail);
    request.on("response", (response) => {
      response.on("error", fail);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        response.destroy();
        // The site writes this header: one that is no URL even relative to the page is handed on as written, for
        // checkUrl to refuse (thrown here, in a socket's event, it would stop the whole process).
        return resolve({ redirect: URL.canParse(location, url) ? new URL(location, url).href : location, status });
      }
      if (status < 200 || status > 299) {
        response.destroy();
        return reject(
          new CaptureError(`The site answered HTTP ${status}; nothing was stored.`, "capture/upstream_error", url.href, status),
        );
      }
      const tooLarge = () =>
        new CaptureError(
          `The page is larger than the ${Math.round(config.maxBytes / 1024)} KiB a capture keeps; nothing was stored.`,
          "capture/too_large",
          url.href,
          status,
        );
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > config.maxBytes) {
        response.destroy();
        return reject(tooLarge());
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > config.maxBytes) {
          // Settled first: destroying the response makes the request fail too, which must not be what is reported.
          reject(tooLarge());
          request.destroy();
          return;
        }
        chunks.push(chunk);
      });
      response.on("end", () =>
        resolve({ page: { status, contentType: response.headers["content-type"] ?? null, body: Buffer.concat(chunks, size) } }),
      );
      response.on("aborted", () => fail(new Error("the connection closed mid-answer")));
    });
    request.end();
  });
}

/**
 * Fetches a page once: GET, redirects followed by hand (at most `maxRedirects`, each target checked like the first
 * URL: http(s) only, and its address, written or resolved, not private unless loopback is allowed for tests), the
 * whole exchange within `timeoutMs` (and stopped with `stop`: the request's deadline, or its client leaving), the
 * body cut off past `maxBytes`. Failures are typed CaptureErrors.
 */
export async function fetchPage(requestedUrl: string, config: CaptureConfig, stop?: AbortSignal): Promise<FetchedPage> {
  const policy: AddressPolicy = { allowLoopback: config.allowLoopback };
  const timeout = AbortSignal.timeout(config.timeoutMs);
  const signal = stop ? AbortSignal.any([timeout, stop]) : timeout;
  let url = checkUrl(requestedUrl, policy, false);
  for (let redirects = 0; ; redirects++) {
    const hop = await get(url, config, policy, signal);
    if ("page" in hop) return { requestedUrl, finalUrl: url.href, ...hop.page };
    if (redirects >= config.maxRedirects)
      throw new CaptureError(
        `The page redirected more than ${config.maxRedirects} times.`,
        "capture/too_many_redirects",
        hop.redirect.slice(0, 2048),
        hop.status,
      );
    url = checkUrl(hop.redirect, policy, true);
  }
}
