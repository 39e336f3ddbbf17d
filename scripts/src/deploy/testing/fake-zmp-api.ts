import type { IncomingMessage, ServerResponse } from "node:http";
import { LocalFakeServer } from "@pks02/bot-server/src/testing/local-fake-server";

export const FAKE_DEPLOY_TOKEN = "fake-zmp-deploy-token-0001";
export const FAKE_ACCESS_TOKEN = "fake-zalo-access-token-0001";

/**
 * Zalo's developer API as zmp-cli talks to it: admin/login (a Zalo access token → the deploy token), GET
 * app/request-upload (the next version, an identifier, the upload constraints), then app/upload-chunk in
 * resumable.js's protocol; the last chunk's answer is the new version. Keeps what it was sent.
 */
export class FakeZmpApi extends LocalFakeServer {
  readonly requestUploads: URLSearchParams[] = [];
  readonly logins: URLSearchParams[] = [];
  private readonly chunks = new Map<number, Buffer>();
  private totalChunks = 0;
  private identifier = "";
  /** The zip as uploaded, chunks put back in order. */
  uploadedZip(): Buffer {
    return Buffer.concat(
      Array.from({ length: this.totalChunks }, (_, i) => this.chunks.get(i + 1) ?? Buffer.alloc(0)),
    );
  }

  protected async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", "http://fake");
    if (req.method === "POST" && url.pathname === "/admin/login") return this.login(body, res);
    if (req.headers.authorization !== `Bearer ${FAKE_DEPLOY_TOKEN}`)
      return this.json(res, { err: -2001, msg: "Permission denied", data: null });
    if (req.method === "GET" && url.pathname === "/app/request-upload") {
      this.requestUploads.push(url.searchParams);
      // Each upload gets its own identifier: chunks of an earlier upload are not this one's.
      this.identifier = `upload-${this.requestUploads.length}`;
      this.chunks.clear();
      return this.json(res, {
        err: 0,
        msg: "ok",
        data: {
          nextVersion: 7,
          identifier: this.identifier,
          uploadConstraints: {
            requiredBuildFiles: {
              requiredFiles: ["app-config.json"],
              allowedFiles: [".js", ".css", ".json"],
            },
            currentUploadCount: { dev: 1, test: 2 },
          },
        },
      });
    }
    if (url.pathname === "/app/upload-chunk") return this.chunk(req, url.searchParams, body, res);
    this.json(res, { err: -1, msg: "not found", data: null }, 404);
  }

  private login(body: Buffer, res: ServerResponse): void {
    const form = new URLSearchParams(body.toString());
    this.logins.push(form);
    if (form.get("accessToken") !== FAKE_ACCESS_TOKEN)
      return this.json(res, { err: -2001, msg: "Token Invalid!" });
    this.json(res, { err: 0, msg: "ok", data: { jwt: FAKE_DEPLOY_TOKEN } });
  }

  private chunk(req: IncomingMessage, params: URLSearchParams, body: Buffer, res: ServerResponse): void {
    const number = Number(params.get("resumableChunkNumber"));
    if (params.get("resumableIdentifier") !== this.identifier)
      return this.json(res, { err: -3, msg: "bad identifier" }, 400);
    if (req.method === "GET") return void res.writeHead(this.chunks.has(number) ? 200 : 204).end();
    if (body.length !== Number(params.get("resumableCurrentChunkSize")))
      return this.json(res, { err: -4, msg: "short chunk" }, 400);
    this.chunks.set(number, body);
    this.totalChunks = Number(params.get("resumableTotalChunks"));
    const complete = this.chunks.size === this.totalChunks;
    this.json(
      res,
      complete
        ? {
            err: 0,
            msg: "ok",
            data: { appUrl: "https://zalo.me/s/123/?env=TESTING&version=7", versionId: "7" },
          }
        : { err: 0, msg: "chunk" },
    );
  }
}
