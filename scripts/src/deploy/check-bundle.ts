import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { z } from "zod";

// Zalo's limits for an uploaded Mini App (zmp-cli-core checks the same before uploading).
export const MAX_FILE_BYTES = 3 * 1024 * 1024;
export const MAX_ZIP_BYTES = 10 * 1024 * 1024;
export const APP_CONFIG = "app-config.json";

/** The built app-config.json: the app's title and colours, and every asset Zalo loads. */
export const ZBuiltAppConfig = z.object({
  app: z.object({ title: z.string().min(1) }).loose(),
  listCSS: z.array(z.string()),
  listSyncJS: z.array(z.string()).min(1),
  listAsyncJS: z.array(z.string()),
});
export type BuiltAppConfig = z.infer<typeof ZBuiltAppConfig>;

export interface BundleFile {
  /** Relative to www/, with forward slashes. */
  path: string;
  bytes: number;
}

/** Every file under `dir`, relative, with its size. */
export function listFiles(dir: string, base: string = dir): BundleFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full, base);
    return [{ path: relative(base, full).split(sep).join("/"), bytes: statSync(full).size }];
  });
}

/** The assets app-config.json lists, in one set. */
export function listedAssets(config: BuiltAppConfig): Set<string> {
  return new Set([...config.listCSS, ...config.listSyncJS, ...config.listAsyncJS]);
}

function forbiddenReason(path: string): string | undefined {
  const name = path.split("/").at(-1) ?? path;
  if (path.split("/").some((part) => part.startsWith(".")))
    return `${path}: tệp ẩn (như .env) không được đưa lên Zalo`;
  if (name.endsWith(".map")) return `${path}: source map để lộ mã nguồn, không được đưa lên Zalo`;
  return undefined;
}

/**
 * What is wrong with a staged www/ against Zalo's limits and our rules: a file over 3 MB, a hidden file
 * (.env) or a source map, a listed asset that is missing, a file app-config.json does not list. Empty: fine.
 */
export function bundleProblems(files: BundleFile[], config: BuiltAppConfig): string[] {
  const listed = listedAssets(config);
  const present = new Set(files.map((f) => f.path));
  const problems: string[] = [];
  for (const file of files) {
    const forbidden = forbiddenReason(file.path);
    if (forbidden) problems.push(forbidden);
    else if (file.path !== APP_CONFIG && !listed.has(file.path))
      problems.push(`${file.path}: không có trong ${APP_CONFIG}, Zalo sẽ không tải tệp này`);
    if (file.bytes > MAX_FILE_BYTES)
      problems.push(
        `${file.path}: ${(file.bytes / 1048576).toFixed(2)} MB, quá giới hạn 3 MB một tệp của Zalo`,
      );
  }
  for (const asset of listed)
    if (!present.has(asset)) problems.push(`${asset}: ${APP_CONFIG} liệt kê nhưng không có trong gói`);
  if (!present.has(APP_CONFIG)) problems.push(`${APP_CONFIG}: thiếu trong gói`);
  return problems;
}

/** The zip over Zalo's 10 MB, as a problem; undefined when it fits. */
export function zipProblem(bytes: number): string | undefined {
  return bytes > MAX_ZIP_BYTES
    ? `Tệp nén ${(bytes / 1048576).toFixed(2)} MB, quá giới hạn 10 MB của Zalo`
    : undefined;
}

/** Read and check the built app-config.json of a www/ folder. */
export function readBuiltAppConfig(wwwDir: string): BuiltAppConfig {
  return ZBuiltAppConfig.parse(JSON.parse(readFileSync(join(wwwDir, APP_CONFIG), "utf8")));
}
