import type { Server } from "node:http";

// How often idle keep-alive connections are closed while requests finish: a connection that just answered
// its last request becomes idle and is closed at the next sweep.
const SWEEP_MS = 50;

/**
 * Stop accepting connections and let the requests in flight finish; after `graceMs` the connections still
 * open are cut. Resolves once the server has closed.
 */
export function drainHttpServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_MS);
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}
