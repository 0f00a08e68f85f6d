import { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";
import { format } from "node:util";
import { pino, type Logger } from "pino";
import type { LogLevel } from "./config.js";

export type { Logger };

/** The request a log line belongs to: every line written while serving it carries its `requestId`. */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/**
 * JSON lines on stdout (one object per line, ISO time, `level` as a word). Secrets never reach it: the request
 * log names only method, path (no query string, which may hold variables), status and timing, and these paths
 * are censored should anything log a request, its headers or an input object.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "factdesk" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const scope = requestScope.getStore();
        return scope ? { requestId: scope.requestId } : {};
      },
      redact: {
        paths: [
          "password",
          "*.password",
          "token",
          "*.token",
          "secret",
          "*.secret",
          "headers.authorization",
          "headers.cookie",
          'headers["set-cookie"]',
          "req.headers.authorization",
          "req.headers.cookie",
          "body",
          "*.body",
          "variables",
          "*.variables",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

// Proxies and clients may send their own id to correlate logs; anything that could forge log structure or grow
// without bound is replaced with our own.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The incoming X-Request-Id when it is safe to log and echo, else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_REQUEST_ID.test(value) ? value : crypto.randomUUID();
}

/**
 * Sends console.* output (the guards' and the database pool's error reports, libraries' debug messages) to
 * `logger`, so a process prints JSON lines only and each error carries the request it happened in.
 */
export function routeConsoleTo(logger: Logger): void {
  const write =
    (level: "debug" | "info" | "warn" | "error") =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error) logger[level]({ err: first }, rest.length ? format(...rest) : first.message);
      else logger[level](format(...args));
    };
  console.debug = write("debug");
  console.log = write("info");
  console.info = write("info");
  console.warn = write("warn");
  console.error = write("error");
}
