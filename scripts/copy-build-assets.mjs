#!/usr/bin/env node
// After `tsc -b`: copy the files the server reads beside its compiled code (the dashboard's CSS and script)
// from each workspace's src/ to its dist/, at the same relative path. tsc emits only what it compiles.
import { cpSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const COMPILED = /\.(ts|tsx)$/;

function copyAssets(src, dist) {
  for (const name of readdirSync(src)) {
    const from = join(src, name);
    if (statSync(from).isDirectory()) {
      if (name !== "testing") copyAssets(from, join(dist, name));
    } else if (!COMPILED.test(name)) cpSync(from, join(dist, name));
  }
}

for (const workspace of ["shared", "bot-server", "scripts"])
  copyAssets(join(root, workspace, "src"), join(root, workspace, "dist"));
