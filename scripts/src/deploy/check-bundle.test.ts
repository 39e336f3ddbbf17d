import { bundleProblems, MAX_FILE_BYTES, zipProblem, type BuiltAppConfig } from "./check-bundle";

const config: BuiltAppConfig = {
  app: { title: "Khảo sát PKS 02" },
  listCSS: ["assets/index.css"],
  listSyncJS: ["assets/index.module.js"],
  listAsyncJS: ["assets/apis.module.js"],
};
const files = [
  { path: "app-config.json", bytes: 300 },
  { path: "assets/index.css", bytes: 20_000 },
  { path: "assets/index.module.js", bytes: 300_000 },
  { path: "assets/apis.module.js", bytes: 200_000 },
];

describe("bundleProblems", () => {
  it("finds nothing wrong with a bundle whose app-config.json lists every file", () => {
    expect(bundleProblems(files, config)).toEqual([]);
  });

  it("refuses a .env, a source map and a file app-config.json does not list, naming each", () => {
    const problems = bundleProblems(
      [
        ...files,
        { path: ".env", bytes: 40 },
        { path: "assets/index.module.js.map", bytes: 900 },
        { path: "notes.txt", bytes: 5 },
      ],
      config,
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^\.env: tệp ẩn/);
    expect(problems[1]).toMatch(/^assets\/index\.module\.js\.map: source map/);
    expect(problems[2]).toMatch(/^notes\.txt: không có trong app-config\.json/);
  });

  it("refuses a file over 3 MB and a listed asset that is missing", () => {
    const big = files.map((f) =>
      f.path === "assets/apis.module.js" ? { ...f, bytes: MAX_FILE_BYTES + 1 } : f,
    );
    expect(bundleProblems(big, config)).toEqual([
      expect.stringMatching(/^assets\/apis\.module\.js: 3\.00 MB, quá giới hạn 3 MB/),
    ]);
    const missing = files.filter((f) => f.path !== "assets/index.css");
    expect(bundleProblems(missing, config)).toEqual([
      expect.stringMatching(/^assets\/index\.css: app-config\.json liệt kê/),
    ]);
  });
});

describe("zipProblem", () => {
  it("accepts a zip of 10 MB and refuses one byte more", () => {
    expect(zipProblem(10 * 1024 * 1024)).toBeUndefined();
    expect(zipProblem(10 * 1024 * 1024 + 1)).toMatch(/quá giới hạn 10 MB/);
  });
});
