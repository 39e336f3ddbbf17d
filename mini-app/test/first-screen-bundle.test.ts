import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ensureMiniAppBuilt } from "./support/build";

// The production build's first screen (what app-config.json lists to load at start). Its replies are parsed with
// zod/mini (shared/src/api/resident.ts); classic zod, ≈ 17 KB gzipped more, comes back as soon as a module the app
// reaches builds a classic schema at its top level. zod names every schema class with a string that minifying
// keeps (its traits are looked up by that name): "ZodObject" is classic's, "ZodMiniObject" zod/mini's.
jest.setTimeout(180_000); // a hang guard: building the Mini App on a loaded machine takes minutes

const WWW = join(__dirname, "../www");

function firstScreenScript(): string {
  const config = JSON.parse(readFileSync(join(WWW, "app-config.json"), "utf8")) as { listSyncJS: string[] };
  return config.listSyncJS.map((file) => readFileSync(join(WWW, file), "utf8")).join("\n");
}

const schemaClass = (name: string) => new RegExp(`["'\`]${name}["'\`]`);

describe("the Mini App's first screen", () => {
  it("parses with zod/mini and carries none of classic zod", () => {
    ensureMiniAppBuilt();
    const script = firstScreenScript();
    expect(script).toMatch(schemaClass("ZodMiniObject"));
    for (const classic of ["ZodType", "ZodObject", "ZodString", "ZodError"])
      expect(script).not.toMatch(schemaClass(classic));
  });
});
