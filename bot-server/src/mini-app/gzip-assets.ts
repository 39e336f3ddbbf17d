import { readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { RequestHandler } from "express";

// Hashed file names only (what Vite writes into assets/): no slash, so nothing outside the folder is reachable.
const ASSET_NAME = /^\/[\w.-]+\.(js|css)$/;

const gzipAsync = promisify(gzip);

/** Whether an Accept-Encoding header takes gzip (listed, or `*`, without `q=0`). */
function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((part) => {
    const [coding = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * Serve the Mini App's scripts and styles gzipped (≈113 KB instead of ≈420 KB: on weak 3G the first screen
 * came after about 10 s). Each file is compressed once and kept while it is unchanged; the hashed names never
 * change content, anything else falls through to express.static.
 */
export function gzipAssets(assetsDir: string): RequestHandler {
  const cache = new Map<string, { mtimeMs: number; body: Buffer }>();
  return async (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || !ASSET_NAME.test(req.path)) return next();
    res.vary("Accept-Encoding");
    if (!acceptsGzip(req.headers["accept-encoding"])) return next();
    const file = join(assetsDir, req.path);
    let mtimeMs: number;
    try {
      const info = await stat(file);
      if (!info.isFile()) return next();
      mtimeMs = info.mtimeMs;
    } catch {
      return next();
    }
    let entry = cache.get(file);
    if (!entry || entry.mtimeMs !== mtimeMs) {
      entry = { mtimeMs, body: await gzipAsync(await readFile(file), { level: 9 }) };
      cache.set(file, entry);
    }
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    res.setHeader("Content-Encoding", "gzip");
    res.type(extname(file));
    res.send(entry.body);
  };
}
