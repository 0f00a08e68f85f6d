import net from "node:net";

/**
 * A TCP proxy in front of PostgreSQL that a test can cut and restore, to play a database outage (what a restart
 * or a failover looks like from FactDesk's side) without touching the machine's PostgreSQL, which other suites use.
 */
export async function outageProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  await open();
  return {
    get port() {
      return port;
    },
    /** `databaseUrl` with its address replaced by the proxy's. */
    urlFor(databaseUrl: string) {
      const url = new URL(databaseUrl);
      url.hostname = "127.0.0.1";
      url.port = String(port);
      return url.toString();
    },
    /** Refuses new connections and drops the open ones, as a PostgreSQL restart does. */
    async cut() {
      await new Promise<void>((resolve) => {
        server!.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    restore: open,
    close() {
      for (const socket of sockets) socket.destroy();
      server?.close();
    },
  };
}
export type OutageProxy = Awaited<ReturnType<typeof outageProxy>>;

/**
 * A TCP proxy that can stall: while stalled it keeps every connection open but passes nothing either way, as a
 * server that hangs (or a network that drops packets without a reset) looks to its clients. Used in front of Redis.
 */
export async function stallingProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  let stalled = false;
  const held: (() => void)[] = [];
  // The latest of what clients sent, for a test to see that they got as far as sending commands.
  let sent = "";
  const forward = (from: net.Socket, to: net.Socket, record: boolean) =>
    from.on("data", (chunk: Buffer) => {
      if (stalled) return void held.push(() => to.write(chunk));
      if (record) sent = (sent + chunk.toString("latin1")).slice(-65_536);
      to.write(chunk);
    });
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 6379), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
      socket.on("error", () => socket.destroy());
    }
    forward(client, upstream, true);
    forward(upstream, client, false);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `${target.protocol}//127.0.0.1:${port}`,
    /** Whether a client has sent `text` through the proxy (among its latest 64 KiB). */
    hasSent: (text: string) => sent.includes(text),
    stall() {
      stalled = true;
    },
    /** Passes on what was held back, in order, and everything after it. */
    resume() {
      stalled = false;
      for (const write of held.splice(0)) write();
    },
    close() {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}
