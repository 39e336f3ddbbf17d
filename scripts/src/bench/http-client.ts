// A lean HTTP/1.1 client for load: node:http over kept-alive sockets (fetch costs the load generator several
// times more CPU per request, which on a small machine is taken from the server being measured).
import http from "node:http";

export interface HttpClient {
  /** Send one request; resolves with the status once the whole answer has arrived. */
  send(method: string, path: string, headers?: Record<string, string>, body?: string): Promise<number>;
  close(): void;
}

/** A client for one server, keeping up to `sockets` connections open. */
export function createHttpClient(baseUrl: string, sockets: number): HttpClient {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  return {
    send(method, path, headers = {}, body) {
      return new Promise((resolve, reject) => {
        const req = http.request(
          { host: url.hostname, port: url.port, method, path, agent, headers },
          (res) => {
            res.on("data", () => undefined);
            res.on("end", () => resolve(res.statusCode ?? 0));
            res.on("error", reject);
          },
        );
        req.on("error", reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}
