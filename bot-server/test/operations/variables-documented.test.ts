import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_VARIABLES } from "../../src/config";

const ROOT = join(__dirname, "../../..");

/**
 * The variables named in the first column of a Markdown table (`PORT`, `HOST` in one cell count as two),
 * the table being the one whose header row starts with `header`.
 */
function documentedVariables(markdown: string, header: string): string[] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.startsWith(`| ${header} |`));
  if (start < 0) throw new Error(`no table headed "${header}"`);
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(line.split("|")[1] ?? "");
  }
  return rows.flatMap((cell) => [...cell.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!));
}

const tables = [
  { doc: "docs/huong-dan-van-hanh.md", header: "biến" },
  { doc: "README.md", header: "variable" },
];

describe.each(tables)("the variable table of $doc", ({ doc, header }) => {
  const documented = documentedVariables(readFileSync(join(ROOT, doc), "utf8"), header);

  it("lists every variable the server reads (CONFIG_VARIABLES)", () => {
    expect(CONFIG_VARIABLES.filter((name) => !documented.includes(name))).toEqual([]);
  });

  it("lists no variable the server does not read, and none twice", () => {
    expect(documented.filter((name) => !CONFIG_VARIABLES.includes(name))).toEqual([]);
    expect(documented.filter((name, i) => documented.indexOf(name) !== i)).toEqual([]);
  });
});

describe("documentedVariables", () => {
  it("reads the first column only, each backticked name of a cell, up to the table's end", () => {
    const markdown = [
      "| variable | meaning |",
      "| --- | --- |",
      "| `PORT`, `HOST` | see `LOG_LEVEL` |",
      "| `DATA_DIR` | folder |",
      "",
      "| `AFTER` | not in the table |",
    ].join("\n");
    expect(documentedVariables(markdown, "variable")).toEqual(["PORT", "HOST", "DATA_DIR"]);
  });
});
