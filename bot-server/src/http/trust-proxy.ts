import { isIP } from "node:net";
import { z } from "zod";

/** Express's "trust proxy": false (no proxy), a hop count, or the proxies' addresses and CIDR ranges. */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** An address, a CIDR range (10.0.0.0/8, fd00::/8) or one of Express's named ranges. */
function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, bits, extra] = entry.split("/");
  const family = isIP(address ?? "");
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: unset or "false" trusts no proxy, so X-Forwarded-For is ignored and the client is the
 * socket's peer (a client cannot pick its own address to escape rate limits); a number trusts that many
 * hops; otherwise a comma-separated list of the proxies' addresses or CIDR ranges.
 */
export const ZTrustProxy = z
  .string()
  .optional()
  .transform((text, ctx): TrustProxy => {
    if (text === undefined || text === "false") return false;
    if (/^\d{1,2}$/.test(text)) return Number(text);
    const entries = text.split(",").map((e) => e.trim());
    const bad = entries.find((e) => !isProxyAddress(e));
    if (bad !== undefined) {
      ctx.addIssue({ code: "custom", message: `"${bad}" is not a hop count, an address or a CIDR range` });
      return z.NEVER;
    }
    return entries;
  });
