import { randomBytes } from "node:crypto";
import { ZServerIdentity } from "@pks02/shared";
import type { AppConfig } from "../config";
import { isIdentityProof } from "../server-identity/proof";

/**
 * Whether what listens on the port is this server: false when nothing does; throws when another program
 * does (it cannot prove it holds the admin token), so the token is never sent to it.
 */
async function serverListening(config: AppConfig): Promise<boolean> {
  const nonce = randomBytes(16).toString("hex");
  let res: Response;
  try {
    res = await fetch(`http://127.0.0.1:${config.port}/api/server-identity?nonce=${nonce}`);
  } catch {
    return false;
  }
  const body = ZServerIdentity.safeParse(await res.json().catch(() => null));
  if (body.success && isIdentityProof(config.adminToken, nonce, body.data.proof)) return true;
  throw new Error(
    `Chương trình ở cổng ${config.port} không phải máy chủ PKS02 với mã quản trị này, nên không gửi mã cho nó. Kiểm tra PORT và ADMIN_TOKEN.`,
  );
}

/**
 * POST `body` to an admin route of the server running on PORT, once it has proved who it is; undefined
 * when no server listens there. A refusal throws with the server's Vietnamese message.
 */
export async function askServer<T>(
  config: AppConfig,
  path: string,
  body: unknown,
  isResult: (reply: unknown) => reply is T,
): Promise<T | undefined> {
  if (config.port === 0 || !(await serverListening(config))) return undefined;
  let res: Response;
  try {
    res = await fetch(`http://127.0.0.1:${config.port}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${config.adminToken}` },
      body: JSON.stringify(body),
    });
  } catch {
    return undefined;
  }
  const reply: unknown = await res.json().catch(() => null);
  if (res.ok && isResult(reply)) return reply;
  const message = (reply as { error?: { message?: string } } | null)?.error?.message;
  throw new Error(message ?? `Máy chủ ở cổng ${config.port} trả lời HTTP ${res.status}. Kiểm tra PORT.`);
}
