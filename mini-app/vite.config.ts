import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import zaloMiniApp from "zmp-vite-plugin";

/**
 * zmp-vite-plugin lists only the entry and its static imports in www/app-config.json, and Zalo's deploy
 * uploads what that file lists. Add the lazily loaded chunks (zmp-sdk) so they are uploaded too.
 */
function listLazyChunks(): Plugin {
  let outDir = "";
  return {
    name: "pks02-list-lazy-chunks",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const file = join(outDir, "app-config.json");
      const config = JSON.parse(readFileSync(file, "utf8")) as {
        listSyncJS: string[];
        listAsyncJS: string[];
      };
      const listed = new Set([...config.listSyncJS, ...config.listAsyncJS]);
      const chunks = readdirSync(join(outDir, "assets"))
        .filter((name) => name.endsWith(".js"))
        .map((name) => `assets/${name}`)
        .filter((name) => !listed.has(name));
      config.listAsyncJS = [...config.listAsyncJS, ...chunks];
      writeFileSync(file, JSON.stringify(config));
    },
  };
}

// zmp-vite-plugin sets base "./" and outDir "www" on build, so www/ can be served under any path
// (Zalo's /zapps/<id>/ or the bot server's /app/).
export default defineConfig({
  root: __dirname,
  plugins: [zaloMiniApp(), react(), listLazyChunks()],
  server: { port: 3000, host: "localhost" },
  build: { emptyOutDir: true, reportCompressedSize: false },
});
