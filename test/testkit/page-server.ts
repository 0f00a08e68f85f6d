import http from "node:http";
import type { AddressInfo } from "node:net";

/** What a page answers: a status, headers and a body, or a handler that writes the answer itself. */
export type Page =
  | { status?: number; headers?: Record<string, string>; body?: string | Buffer }
  | ((req: http.IncomingMessage, res: http.ServerResponse) => void);

export interface PageServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Requests received (path and query), in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A website on 127.0.0.1 for capture tests: each path (whatever the query) answers as `pages` says, anything else 404. Connections a
 * handler leaves hanging are cut when the server closes.
 */
export async function startPageServer(pages: Record<string, Page>): Promise<PageServer> {
  const requests: string[] = [];
  const sockets = new Set<import("node:net").Socket>();
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    requests.push(req.url ?? "/");
    const page = pages[path];
    if (!page) return res.writeHead(404, { "content-type": "text/plain" }).end("not here");
    if (typeof page === "function") return page(req, res);
    res.writeHead(page.status ?? 200, page.headers ?? { "content-type": "text/html; charset=utf-8" }).end(page.body ?? "");
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
