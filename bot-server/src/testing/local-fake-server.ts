import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A fake of someone else's HTTP API on 127.0.0.1 (a free port): subclasses answer in `route`. */
export abstract class LocalFakeServer {
  private readonly server = createServer((req, res) => void this.route(req, res));

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  protected json(res: ServerResponse, body: unknown, status = 200): void {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  }

  protected abstract route(req: IncomingMessage, res: ServerResponse): Promise<void>;
}
