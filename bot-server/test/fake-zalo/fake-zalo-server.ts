import type { IncomingMessage, ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LocalFakeServer } from "../../src/testing/local-fake-server";

const FIXTURES = join(__dirname, "../fixtures/zalo");
/** A fixture of the Zalo OA API (copied from shared/reference/zalo-fixtures/oa). */
export const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FIXTURES, name), "utf8"));

export const FAKE_APP_ID = "1234567890123456789";
export const FAKE_APP_SECRET = "test-app-secret";
export const FAKE_OA_SECRET_KEY = "test-oa-secret-key";
export const FAKE_GROUP_ID = "df7d5a31765c9f02c64d";

export interface SentGroupMessage {
  groupId: string;
  text?: string;
  attachmentId?: string;
  accessToken: string;
}

export type Failure = "http-500" | "http-429" | "connection-reset" | "quota-error";

/**
 * A fake Zalo OA API on 127.0.0.1 speaking the protocol of the fixtures: OAuth refresh with single-use
 * refresh tokens (1 → 2 → 3; a spent one gets -14020), group messages and image upload checked against
 * the current access token (-216 otherwise), the group list, and failures on demand.
 */
export class FakeZaloServer extends LocalFakeServer {
  readonly sent: SentGroupMessage[] = [];
  readonly refreshes: string[] = [];
  uploads = 0;
  /** The image files uploaded, in order: their declared type and whether the bytes are a PNG. */
  readonly uploadedImages: { type: string; png: boolean }[] = [];
  private generation = 1;
  private validAccess = new Set(["test-access-token-1"]);
  private validRefresh = new Set(["test-refresh-token-1"]);
  private failures: Failure[] = [];

  /** The next `count` group sends fail the given way. */
  failNextSends(count: number, how: Failure = "http-500"): void {
    this.failures.push(...Array.from({ length: count }, () => how));
  }

  /** Every access token issued so far stops working (Zalo then answers -216). */
  expireAccessTokens(): void {
    this.validAccess.clear();
  }

  texts(): string[] {
    return this.sent.flatMap((m) => (m.text === undefined ? [] : [m.text]));
  }

  protected async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const path = (req.url ?? "").split("?")[0];
    if (req.method === "POST" && path === "/v4/oa/access_token") return this.refresh(req, body, res);
    const token = String(req.headers.access_token ?? "");
    if (!this.validAccess.has(token)) return this.json(res, fixture("error.-216-invalid-token.json"));
    if (req.method === "POST" && path === "/v3.0/oa/group/message")
      return this.groupMessage(token, body, res);
    if (req.method === "POST" && path === "/v2.0/oa/upload/image") return this.upload(req, body, res);
    if (req.method === "GET" && path === "/v3.0/oa/group/getgroupsofoa")
      return this.json(res, fixture("getgroupsofoa.success.json"));
    this.json(res, fixture("error.404-empty-api.json"));
  }

  private refresh(req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const form = new URLSearchParams(body.toString("utf8"));
    const refreshToken = form.get("refresh_token") ?? "";
    this.refreshes.push(refreshToken);
    const wellFormed =
      req.headers.secret_key === FAKE_APP_SECRET &&
      form.get("app_id") === FAKE_APP_ID &&
      form.get("grant_type") === "refresh_token";
    if (!wellFormed || !this.validRefresh.delete(refreshToken)) {
      return this.json(res, fixture("oauth.refresh.error-reused-token.json"));
    }
    this.generation += 1;
    const pair = {
      access: `test-access-token-${this.generation}`,
      refresh: `test-refresh-token-${this.generation}`,
    };
    this.validAccess.add(pair.access);
    this.validRefresh.add(pair.refresh);
    this.json(res, {
      ...fixture("oauth.refresh.success.json"),
      access_token: pair.access,
      refresh_token: pair.refresh,
    });
  }

  private groupMessage(accessToken: string, body: Buffer, res: ServerResponse): void {
    const failure = this.failures.shift();
    if (failure === "connection-reset") return void res.socket?.destroy();
    if (failure === "http-500")
      return void res.writeHead(500, { "content-type": "text/html" }).end("<h1>502 Bad Gateway</h1>");
    if (failure === "quota-error") return this.json(res, fixture("error.-224-package-missing.json"));
    if (failure === "http-429")
      return void res.writeHead(429, { "retry-after": "60" }).end("Too Many Requests");
    const request = JSON.parse(body.toString("utf8")) as {
      recipient?: { group_id?: string };
      message?: { text?: string; attachment?: { payload?: { elements?: { attachment_id?: string }[] } } };
    };
    const groupId = request.recipient?.group_id ?? "";
    const attachmentId = request.message?.attachment?.payload?.elements?.[0]?.attachment_id;
    this.sent.push({ groupId, text: request.message?.text, attachmentId, accessToken });
    const success = fixture("gmf.send-text.success.json") as { data: Record<string, string> };
    this.json(res, {
      ...success,
      data: { ...success.data, message_id: `fake-msg-${this.sent.length}`, group_id: groupId },
    });
  }

  private upload(req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const multipart = String(req.headers["content-type"] ?? "").startsWith("multipart/form-data");
    if (!multipart || !body.includes('name="file"'))
      return this.json(res, { error: -201, message: "file is missing" });
    this.uploads += 1;
    const type = /name="file"[^\r\n]*\r\nContent-Type: ([^\r\n]+)/i.exec(body.toString("latin1"))?.[1] ?? "";
    const png = body.includes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    this.uploadedImages.push({ type, png });
    this.json(res, fixture("upload-image.success.json"));
  }
}
