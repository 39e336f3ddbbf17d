import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensurePrivateDir } from "./db/private-files";

/** The secrets the embedded default needs and nobody configured. */
export type EmbeddedSecretName = "adminToken" | "respondentHashSecret";

/**
 * A secret of the embedded default: generated once and kept in `<dataDir>/secrets.json` (mode 600), so a
 * restart keeps the admin token and the respondent hash key (changing it would let someone answer twice).
 */
export function embeddedSecret(dataDir: string, name: EmbeddedSecretName): string {
  const file = join(dataDir, "secrets.json");
  ensurePrivateDir(dataDir);
  const secrets: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const kept = secrets[name];
  if (kept) return kept;
  const generated = randomBytes(24).toString("base64url");
  writeFileSync(file, JSON.stringify({ ...secrets, [name]: generated }, null, 2), { mode: 0o600 });
  return generated;
}
