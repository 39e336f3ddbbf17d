import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin as CssPlugin } from "postcss";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import zaloMiniApp from "zmp-vite-plugin";

const EARLY_ENTRY = "early";

/**
 * zmp-vite-plugin lists only the entries and their static imports in www/app-config.json, and Zalo's deploy
 * uploads what that file lists. Add the lazily loaded chunks (zmp-sdk, the screens after the greeting) so they
 * are uploaded too, and put the early requests' entry first, as in index.html.
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
      const isEarly = (name: string) => Number(name.startsWith(`assets/${EARLY_ENTRY}.`));
      config.listSyncJS.sort((a, b) => isEarly(b) - isEarly(a));
      writeFileSync(file, JSON.stringify(config));
    },
  };
}

/**
 * src/early.ts is an entry of its own, put first in index.html: a module script in index.html would be bundled
 * into the app's script, and it must run before that has arrived (if it ever ran after, the app would ask itself). Zalo loads it from app-config.json's
 * listSyncJS, where zmp-vite-plugin lists every entry.
 */
function earlyRequestsFirst(): Plugin {
  return {
    name: "pks02-early-requests-first",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle }) {
        const early = Object.values(bundle ?? {}).find(
          (chunk) => chunk.type === "chunk" && chunk.isEntry && chunk.name === EARLY_ENTRY,
        );
        if (!early) throw new Error(`the ${EARLY_ENTRY} entry is missing from the build`);
        return [
          {
            tag: "script",
            // async: run as soon as it arrives. A module script without it waits for the stylesheet before it
            // (and for the page to be parsed), which held the first screen's requests back 0.25 s at 400 ms RTT.
            attrs: { type: "module", async: true, crossorigin: true, src: `./${early.fileName}` },
            injectTo: "head-prepend",
          },
        ];
      },
    },
  };
}

const VARIABLE_USE = /var\(\s*(--[\w-]+)/g;

/**
 * zmp-ui's App and router styles each start with the same 14 KB list of every component's colours (`:root`, about
 * 2.5 KB gzipped each, render-blocking), of which the App's own rules read four. Keep only the variables that the
 * file's rules use, directly or through another kept variable, and the safe-area insets (for whatever reads them).
 */
function pruneUnusedZauiVariables(): CssPlugin {
  return {
    postcssPlugin: "pks02-prune-unused-zaui-variables",
    OnceExit(root) {
      if (!root.source?.input.file?.includes("/node_modules/zmp-ui/")) return;
      const used = new Set<string>();
      const definitions = new Map<string, string>();
      root.walkDecls((decl) => {
        if (decl.prop.startsWith("--zaui-")) definitions.set(decl.prop, decl.value);
        else for (const [, name] of decl.value.matchAll(VARIABLE_USE)) used.add(name!);
      });
      for (const name of used)
        for (const [, inner] of (definitions.get(name) ?? "").matchAll(VARIABLE_USE)) used.add(inner!);
      root.walkDecls(/^--zaui-(?!safe-area-)/, (decl) => {
        if (!used.has(decl.prop)) decl.remove();
      });
      root.walkRules((rule) => {
        if (rule.nodes.length === 0) rule.remove();
      });
    },
  };
}

// zmp-vite-plugin sets base "./" and outDir "www" on build, so www/ can be served under any path
// (Zalo's /zapps/<id>/ or the bot server's /app/).
export default defineConfig({
  root: __dirname,
  plugins: [zaloMiniApp(), react(), listLazyChunks(), earlyRequestsFirst()],
  css: { postcss: { plugins: [pruneUnusedZauiVariables()] } },
  server: { port: 3000, host: "localhost" },
  build: {
    emptyOutDir: true,
    reportCompressedSize: false,
    rollupOptions: {
      input: { index: resolve(__dirname, "index.html"), [EARLY_ENTRY]: resolve(__dirname, "src/early.ts") },
    },
    // zmp-vite-plugin's default is es2015, which rewrites optional chaining, spreads and async functions with
    // helpers (1.7 KB gzipped more). ES2020 runs in Chrome/Android WebView 80 and Safari 13.1, the Safari the
    // plugin already targets for the CSS.
    target: "es2020",
    // The polyfill is for browsers without <link rel="modulepreload">; the chunks load the same without it.
    modulePreload: { polyfill: false },
    // Terser with two passes: 2.2 KB gzipped smaller than esbuild's minifier on the first screen's script.
    minify: "terser",
    terserOptions: { compress: { passes: 2 } },
  },
});
