import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type SignedInActor, type TestServer } from "../testkit/server.js";
import { ErrorFields, factories } from "../testkit/factories.js";
import { graphql, narrow, type VariablesOf } from "../testkit/graphql.js";
import { rawId } from "../testkit/ids.js";
import { startPageServer, type PageServer } from "../testkit/page-server.js";

// Evidence that survives (issue 14.4): a reviewer captures a source's page, FactDesk fetches it once from a real
// site on 127.0.0.1 and keeps the bytes by SHA-256 with the page's metadata; redirects to private addresses,
// oversized and slow answers are refused with nothing stored; uploaded copies are judged by their bytes; copies
// are served to signed-in staff only.

const CaptureSource = graphql(
  `mutation CaptureSource($input: CaptureSourceInput!) { captureSource(input: $input) { __typename
    ... on CaptureSourceSuccess { filledFields
      capture { id sha256 contentType byteSize origin capturedAt requestedUrl finalUrl httpStatus downloadPath capturedBy { id } }
      source { id url kind version title publisher author publishedAt } }
    ... on CaptureError { url httpStatus }
    ...ErrorFields } }`,
  [ErrorFields],
);
const UpdateSource = graphql(
  `mutation UpdateSourceTitle($input: UpdateSourceInput!) { updateSource(input: $input) { __typename
    ... on UpdateSourceSuccess { source { id version title } } ...ErrorFields } }`,
  [ErrorFields],
);
const SourceCaptures = graphql(`
  query SourceCaptures($id: ID!) {
    node(id: $id) { ... on Source { id captures(first: 10) { edges { node { sha256 origin contentType byteSize downloadPath } } } } }
  }
`);

const MAX_BYTES = 64 * 1024;
const ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>Port strikes | Coast Daily</title>
<meta property="og:title" content="Strikes hit Latakia port, officials say">
<meta property="og:site_name" content="Coast Daily">
<meta property="article:published_time" content="2025-03-10T08:30:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Strikes hit Latakia port",
"author":[{"@type":"Person","name":"Rana Haddad"}],"publisher":{"@type":"Organization","name":"Coast Daily"}}</script>
</head><body><p>At least 1,300 people were killed, officials said.</p></body></html>`;
// A page's metadata is the site's to write: a NUL (which PostgreSQL cannot store) and a terminal escape in its JSON-LD.
const CONTROL_CHARACTERS = `<!doctype html><html><head><title>Ignored</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Curfew\\u0000 declared\\u001b[31m in Jableh",
"author":{"@type":"Person","name":"Rana\\u0007 Haddad"},"publisher":{"@type":"Organization","name":"\\u0000\\u0008"}}</script>
</head><body><p>Curfew.</p></body></html>`;
const sha256 = (bytes: string | Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const EXECUTABLE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(256, 0x41)]);

let server: TestServer;
let site: PageServer;
let reviewer: SignedInActor;
let make: ReturnType<typeof factories>;
let capturesDir: string | undefined;

beforeAll(async () => {
  site = await startPageServer({
    "/article": { body: ARTICLE },
    "/moved": { status: 301, headers: { location: "/article" } },
    "/to-metadata": { status: 302, headers: { location: "http://169.254.169.254/latest/meta-data/" } },
    "/to-private": { status: 307, headers: { location: "http://10.0.0.1/internal" } },
    "/to-mapped": { status: 302, headers: { location: "http://[::ffff:10.0.0.1]/" } },
    "/to-ftp": { status: 302, headers: { location: "ftp://files.example/report.pdf" } },
    "/loop": { status: 302, headers: { location: "/loop" } },
    "/gone": { status: 410, body: "gone" },
    "/huge-declared": {
      headers: { "content-type": "text/html", "content-length": String(MAX_BYTES + 1) },
      body: "x".repeat(MAX_BYTES + 1),
    },
    "/huge-streamed": (_req, res) => {
      // No Content-Length: the cap must hold while the answer streams.
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = "y".repeat(8 * 1024);
      let sent = 0;
      const more = () => {
        if (res.destroyed || sent > 4 * MAX_BYTES) return res.end();
        sent += chunk.length;
        res.write(chunk, () => setImmediate(more));
      };
      more();
    },
    "/slow": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html><head>");
    },
    "/report.pdf": { headers: { "content-type": "application/pdf" }, body: PDF },
    "/control-characters": { body: CONTROL_CHARACTERS },
  });
  // Embedded mode keeps copies as files (here in a folder of the test's own); PostgreSQL mode in the database.
  capturesDir = process.env.FACTDESK_TEST_DB === "postgres" ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-captures-"));
  server = await startTestServer({
    config: (defaults) => ({
      captures: {
        ...defaults.captures,
        allowLoopback: true,
        maxBytes: MAX_BYTES,
        maxUploadBytes: 32 * 1024,
        timeoutMs: 1_500,
        maxRedirects: 3,
        dir: capturesDir,
      },
    }),
  });
  make = factories(server);
  reviewer = await server.createUser("REVIEWER");
});

afterAll(async () => {
  await server?.close();
  await site?.close();
  if (capturesDir) fs.rmSync(capturesDir, { recursive: true, force: true });
});

const prisma = () => server.app.database.prisma;
const capture = (input: VariablesOf<typeof CaptureSource>["input"]) =>
  server.execute(CaptureSource, { input }, reviewer).then((data) => data.captureSource);
const storedCopies = async (hash: string) =>
  capturesDir
    ? fs.existsSync(path.join(capturesDir, hash.slice(0, 2), hash))
      ? 1
      : 0
    : prisma().captureBlob.count({ where: { sha256: hash } });
const get = (downloadPath: string, token?: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${downloadPath}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
const upload = (sourceId: string, body: Buffer, token: string | null, contentType = "application/pdf") =>
  fetch(`${server.url}/sources/${encodeURIComponent(sourceId)}/captures`, {
    method: "POST",
    headers: { "content-type": contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: new Uint8Array(body),
  });

describe("capturing a page", () => {
  it("fetches it once, keeps the bytes by SHA-256 and fills the source from its metadata", async () => {
    const url = `${site.origin}/moved`;
    const result = narrow(await capture({ source: { url } }), "CaptureSourceSuccess");
    expect(result.capture).toMatchObject({
      sha256: sha256(ARTICLE),
      contentType: "text/html; charset=utf-8",
      byteSize: Buffer.byteLength(ARTICLE),
      origin: "FETCHED",
      requestedUrl: url,
      finalUrl: `${site.origin}/article`,
      httpStatus: 200,
      downloadPath: `/captures/${sha256(ARTICLE)}`,
      capturedBy: { id: reviewer.id },
    });
    expect(result.source).toMatchObject({
      url,
      title: "Strikes hit Latakia port, officials say",
      publisher: "Coast Daily",
      author: "Rana Haddad",
      publishedAt: "2025-03-10T08:30:00.000Z",
    });
    expect(result.filledFields.sort()).toEqual(["author", "publishedAt", "publisher", "title"]);
    expect(await storedCopies(sha256(ARTICLE))).toBe(1);

    // Every change is in the audit log, by the reviewer: the new source and the capture.
    const audit = await prisma().auditEntry.findMany({
      where: { entityId: { in: [rawId(result.source.id), rawId(result.capture.id)] } },
      orderBy: { seq: "asc" },
    });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["source.create", rawId(reviewer.id)],
      ["source_capture.create", rawId(reviewer.id)],
    ]);
  });

  it("keeps one copy of the same bytes, and fills only what the reviewer has not set unless asked", async () => {
    const source = await make.source(reviewer, { url: `${site.origin}/article?edition=${crypto.randomUUID()}` });
    // The page's URL differs by its query only; the site serves the same bytes.
    site.requests.length = 0;
    const first = narrow(await capture({ source: { id: source.id } }), "CaptureSourceSuccess");
    expect(site.requests).toHaveLength(1);
    const corrected = narrow(
      await server
        .execute(
          UpdateSource,
          { input: { id: source.id, expectedVersion: first.source.version, title: "Port strikes (reviewer's title)" } },
          reviewer,
        )
        .then((d) => d.updateSource),
      "UpdateSourceSuccess",
    );
    const second = narrow(await capture({ source: { id: source.id } }), "CaptureSourceSuccess");
    expect(second.capture.sha256).toBe(first.capture.sha256);
    expect(second.capture.id).not.toBe(first.capture.id);
    expect(second.filledFields).toEqual([]);
    expect(second.source).toMatchObject({ title: "Port strikes (reviewer's title)", version: corrected.source.version });
    expect(await storedCopies(first.capture.sha256)).toBe(1);

    const replaced = narrow(await capture({ source: { id: source.id }, replaceDetails: true }), "CaptureSourceSuccess");
    expect(replaced.filledFields).toEqual(["title"]);
    expect(replaced.source.title).toBe("Strikes hit Latakia port, officials say");

    const listed = await server.execute(SourceCaptures, { id: source.id }, reviewer);
    const node = narrow(listed.node, "Source");
    expect(node.captures.edges.map((e) => e.node.sha256)).toEqual([first.capture.sha256, first.capture.sha256, first.capture.sha256]);
  });

  it("keeps the page as it came, but fills the source without the control characters its metadata holds", async () => {
    const result = narrow(await capture({ source: { url: `${site.origin}/control-characters` } }), "CaptureSourceSuccess");
    expect(result.capture.sha256).toBe(sha256(CONTROL_CHARACTERS));
    // Text the desk refuses as input (invisible, and no XML feed can carry it) is not taken from a page either; a
    // publisher made only of it is none.
    expect(result.source).toMatchObject({ title: "Curfew declared[31m in Jableh", author: "Rana Haddad", publisher: null });
    expect(result.filledFields).toEqual(["title", "author"]);
  });

  it("keeps a PDF as it came, without metadata, as a document", async () => {
    const result = narrow(await capture({ source: { url: `${site.origin}/report.pdf` } }), "CaptureSourceSuccess");
    expect(result.capture).toMatchObject({ sha256: sha256(PDF), contentType: "application/pdf", byteSize: PDF.length });
    expect(result.filledFields).toEqual([]);
    expect(result.source.kind).toBe("DOCUMENT");
  });
});

describe("refused captures store nothing", () => {
  const refusals: [string, string, string, number | null][] = [
    ["a redirect to the cloud metadata address", "/to-metadata", "capture/private_address", null],
    ["a redirect to a private address", "/to-private", "capture/private_address", null],
    ["a redirect to an IPv4-mapped private address", "/to-mapped", "capture/private_address", null],
    ["a redirect away from http(s)", "/to-ftp", "capture/invalid_url", null],
    ["endless redirects", "/loop", "capture/too_many_redirects", 302],
    ["an HTTP error", "/gone", "capture/upstream_error", 410],
    ["a page declared larger than the cap", "/huge-declared", "capture/too_large", 200],
    ["a page that streams past the cap", "/huge-streamed", "capture/too_large", 200],
    ["a page that does not arrive in time", "/slow", "capture/timeout", null],
  ];
  it.each(refusals)("%s", async (_what, pagePath, code, httpStatus) => {
    const url = `${site.origin}${pagePath}`;
    const before = await prisma().sourceCapture.count();
    const result = narrow(await capture({ source: { url } }), "CaptureError");
    expect(result).toMatchObject({ code, httpStatus });
    if (code === "capture/private_address") expect(result.url).toMatch(/^http:\/\/(169\.254\.169\.254|10\.0\.0\.1|\[::ffff:a00:1\])\//);
    // No capture, no bytes, and not even the source: a refused capture changes nothing.
    expect(await prisma().sourceCapture.count()).toBe(before);
    expect(await prisma().source.count({ where: { url } })).toBe(0);
    if (!capturesDir) expect(await prisma().captureBlob.count({ where: { byteSize: { gt: MAX_BYTES } } })).toBe(0);
  });

  it("refuses URLs that are not http(s), and private addresses written in the URL", async () => {
    for (const [url, code] of [
      ["ftp://files.example/report.pdf", "capture/invalid_url"],
      ["javascript:alert(1)", "capture/invalid_url"],
      ["file:///etc/passwd", "capture/invalid_url"],
      ["http://10.0.0.1/", "capture/private_address"],
      ["http://169.254.169.254/latest/meta-data/", "capture/private_address"],
      ["http://[fd00::1]/", "capture/private_address"],
      // Through a NAT64 or 6to4 gateway these reach 10.0.0.1 and the cloud metadata address.
      ["http://[64:ff9b::a00:1]/", "capture/private_address"],
      ["http://[2002:a9fe:a9fe::1]/latest/meta-data/", "capture/private_address"],
    ] as const) {
      const result = narrow(await capture({ source: { url } }), "CaptureError");
      expect(result.code, url).toBe(code);
    }
  });

  it("is for reviewers: anonymous visitors are refused", async () => {
    const result = await server.execute(CaptureSource, { input: { source: { url: `${site.origin}/article` } } });
    expect(result.captureSource.__typename).toBe("ForbiddenError");
  });
});

describe("serving and uploading copies", () => {
  it("serves a copy to signed-in staff only, as an attachment that cannot run", async () => {
    const result = narrow(await capture({ source: { url: `${site.origin}/article#served` } }), "CaptureSourceSuccess");
    const { downloadPath, sha256: hash } = result.capture;

    const signedOut = await get(downloadPath);
    expect(signedOut.status).toBe(401);
    const key = await make.apiKey(server.admin, { scopes: ["CLAIMS_READ"] });
    expect((await get(downloadPath, key.secret)).status).toBe(403);

    const served = await get(downloadPath, reviewer.token);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).toString("utf8")).toBe(ARTICLE);
    expect(served.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(served.headers.get("content-disposition")).toMatch(/^attachment; filename="capture-[0-9a-f]{12}\.html"$/);
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("content-security-policy")).toMatch(/^sandbox; default-src 'none'/);
    expect(served.headers.get("etag")).toBe(`"${hash}"`);
    expect((await get(downloadPath, reviewer.token, { "if-none-match": `"${hash}"` })).status).toBe(304);

    expect((await get(`/captures/${"0".repeat(64)}`, reviewer.token)).status).toBe(404);
    expect((await get("/captures/not-a-hash", reviewer.token)).status).toBe(404);
  });

  it("takes the browser's session cookie for a download, and for an upload only with the CSRF header", async () => {
    const source = await make.source(reviewer);
    const cookie = { cookie: `factdesk_session=${encodeURIComponent(reviewer.token)}` };
    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}/sources/${encodeURIComponent(source.id)}/captures`, {
        method: "POST",
        headers: { ...cookie, ...headers },
        body: new Uint8Array(PDF),
      });
    // What a form on another site can send: the cookie, a multipart body, no CSRF header.
    const crossSite = await post({ "content-type": "multipart/form-data; boundary=x", origin: "https://elsewhere.example" });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      "auth/csrf_header_missing",
    );
    expect(await prisma().sourceCapture.count({ where: { sourceId: rawId(source.id) } })).toBe(0);
    const fromTheDesk = await post({ "content-type": "application/pdf", "x-factdesk-csrf": "1" });
    expect(fromTheDesk.status).toBe(201);
    const { capture: copy } = (await fromTheDesk.json()) as { capture: { downloadPath: string } };
    expect((await fetch(`${server.url}${copy.downloadPath}`, { headers: cookie })).status).toBe(200);
  });

  it("keeps an uploaded PDF, refuses a disguised executable, an oversized file and signed-out uploads", async () => {
    const source = await make.source(reviewer);
    const uploaded = await upload(source.id, PDF, reviewer.token);
    expect(uploaded.status).toBe(201);
    const { capture: copy } = (await uploaded.json()) as { capture: { id: string; sha256: string; downloadPath: string } };
    expect(copy).toMatchObject({ sha256: sha256(PDF), contentType: "application/pdf", origin: "UPLOADED", byteSize: PDF.length });

    const served = await get(copy.downloadPath, reviewer.token);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await served.arrayBuffer()).equals(PDF)).toBe(true);

    const before = await prisma().sourceCapture.count();
    const disguised = await upload(source.id, EXECUTABLE, reviewer.token, "application/pdf");
    expect(disguised.status).toBe(415);
    expect(((await disguised.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      "capture/unsupported_type",
    );
    const oversized = await upload(source.id, Buffer.concat([PDF, Buffer.alloc(40 * 1024, 0x20)]), reviewer.token);
    expect(oversized.status).toBe(413);
    expect((await upload(source.id, PDF, null)).status).toBe(401);
    expect((await upload("U291cmNlOm5vbmU=", PDF, reviewer.token)).status).toBe(404);
    expect(await prisma().sourceCapture.count()).toBe(before);
    expect(await storedCopies(sha256(EXECUTABLE))).toBe(0);

    const listed = narrow((await server.execute(SourceCaptures, { id: source.id }, reviewer)).node, "Source");
    expect(listed.captures.edges.map((e) => e.node)).toEqual([
      { sha256: sha256(PDF), origin: "UPLOADED", contentType: "application/pdf", byteSize: PDF.length, downloadPath: copy.downloadPath },
    ]);
    const audit = await prisma().auditEntry.findMany({ where: { entityType: "SourceCapture", entityId: rawId(copy.id) } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([["source_capture.create", rawId(reviewer.id)]]);
    // Anonymous readers of the source see no copies.
    const anonymous = await server.request(SourceCaptures, { id: source.id });
    expect(anonymous.data?.node ?? null).toBeNull();
  });
});
