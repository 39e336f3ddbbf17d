import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeZaloGraph {
  url: string;
  /** Requests seen: path, the access_token header and the appsecret_proof header (if sent). */
  requests: { path: string; accessToken: string | undefined; appsecretProof?: string }[];
  /** How the fake answers from now on: normally, with HTTP 500, or never (to test timeouts). */
  setMode(mode: "normal" | "down" | "silent"): void;
  close(): Promise<void>;
}

/**
 * A small stand-in for Zalo's Graph API on 127.0.0.1: `GET /v2.0/me?fields=id` answers `{id}` for a known
 * access token and Zalo's error shape (HTTP 200, `{error: 452, message}`) for any other.
 */
export async function startFakeZaloGraph(usersByToken: Record<string, string>): Promise<FakeZaloGraph> {
  const requests: FakeZaloGraph["requests"] = [];
  let mode: "normal" | "down" | "silent" = "normal";
  const answer = (req: IncomingMessage): [number, unknown] => {
    const token = req.headers["access_token"] as string | undefined;
    const proof = req.headers["appsecret_proof"] as string | undefined;
    requests.push({ path: req.url ?? "", accessToken: token, ...(proof ? { appsecretProof: proof } : {}) });
    if (mode === "down") return [500, { error: -500, message: "Internal error" }];
    if (!req.url?.startsWith("/v2.0/me?fields=id"))
      return [200, { error: 404, message: "You are accessing an empty or invalid API" }];
    const userId = token ? usersByToken[token] : undefined;
    if (!userId)
      return [
        200,
        {
          error: 452,
          message: "Session key invalid. This could be because the session key has an incorrect format",
        },
      ];
    return [200, { id: userId }];
  };
  const server: Server = createServer((req, res) => {
    const [status, body] = answer(req);
    if (mode === "silent") return; // never answers; the client's timeout must fire
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    setMode(next) {
      mode = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
