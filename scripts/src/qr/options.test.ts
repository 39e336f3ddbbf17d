import { communesOfDistrict } from "@pks02/shared";
import { parseQrCommand, type ParsedCommand } from "./options";

const APP_ID = "3423472366583461276";

function expectError(command: ParsedCommand): { message: string; hint?: string } {
  if (command.type !== "error") throw new Error(`expected an error, got ${command.type}`);
  expect(command.message.split("\n")).toHaveLength(1);
  return command;
}

function expectRun(command: ParsedCommand) {
  if (command.type !== "run") throw new Error(`expected a run, got ${JSON.stringify(command)}`);
  return command.options;
}

describe("parseQrCommand", () => {
  it("selects all 209 communes and the default survey window", () => {
    const options = expectRun(parseQrCommand(["--out", "out", "--app-id", APP_ID], {}));
    expect(options).toMatchObject({
      outDir: "out",
      miniAppId: APP_ID,
      window: { start: "2024-06-12", end: "2024-06-14" },
    });
    expect(options.communes).toHaveLength(209);
  });

  it("takes the Mini App id and survey days from the environment", () => {
    const env = { ZALO_MINI_APP_ID: APP_ID, SURVEY_START: "2024-06-13", SURVEY_END: "2024-06-15" };
    const options = expectRun(parseQrCommand(["--out", "out"], env));
    expect(options).toMatchObject({ miniAppId: APP_ID, window: { start: "2024-06-13", end: "2024-06-15" } });
  });

  it("prefers --app-id to ZALO_MINI_APP_ID and ignores blank variables", () => {
    const options = expectRun(
      parseQrCommand(["--out", "o", "--app-id", "42"], { ZALO_MINI_APP_ID: APP_ID, SURVEY_END: " " }),
    );
    expect(options).toMatchObject({ miniAppId: "42", window: { end: "2024-06-14" } });
  });

  it("refuses to run without a Mini App id, and says how to set one", () => {
    const error = expectError(parseQrCommand(["--out", "out"], {}));
    expect(error.message).toContain("đường dẫn giả");
    expect(error.hint).toContain("ZALO_MINI_APP_ID");
    expect(error.hint).toContain("--placeholder");
  });

  it("runs with a placeholder when asked to", () => {
    expect(expectRun(parseQrCommand(["--out", "out", "--placeholder"], {})).miniAppId).toBeNull();
  });

  it("reports every unknown commune code", () => {
    const error = expectError(
      parseQrCommand(["--out", "o", "--app-id", APP_ID, "--communes", "07201,99999,1234"], {}),
    );
    expect(error.message).toContain("99999, 1234");
    expect(error.message).not.toContain("07201");
  });

  it("selects the listed communes once each", () => {
    const options = expectRun(
      parseQrCommand(["--out", "o", "--app-id", APP_ID, "--communes", " 07441, 07201,07441 "], {}),
    );
    expect(options.communes.map((c) => c.code)).toEqual(["07201", "07441"]);
  });

  it("selects a district's communes and reports an unknown district", () => {
    const options = expectRun(parseQrCommand(["--out", "o", "--app-id", APP_ID, "--district", "213"], {}));
    expect(options.communes).toEqual(communesOfDistrict("213"));
    expect(
      expectError(parseQrCommand(["--out", "o", "--app-id", APP_ID, "--district", "999"], {})).message,
    ).toContain("999");
  });

  it.each([
    [["--app-id", APP_ID], {}, "--out"],
    [["--out", "o", "--app-id", "abc"], {}, "--app-id"],
    [["--out", "o", "--app-id", APP_ID, "--communes", ","], {}, "--communes"],
    [["--out", "o", "--app-id", APP_ID, "--communes", "07201", "--district", "213"], {}, "--district"],
    [["--out", "o", "--app-id", APP_ID, "--colour"], {}, "--colour"],
    [["--out", "o", "--app-id", APP_ID], { SURVEY_START: "2024-06-31" }, "SURVEY_START"],
    [["--out", "o", "--app-id", APP_ID], { SURVEY_END: "14/06/2024" }, "SURVEY_END"],
    [["--out", "o", "--app-id", APP_ID], { SURVEY_START: "2024-06-20" }, "SURVEY_END"],
    // The server's rule: both days or neither (one alone is not mixed with the default campaign).
    [["--out", "o", "--app-id", APP_ID], { SURVEY_START: "2024-06-13" }, "SURVEY_END"],
    [
      ["--out", "o", "--app-id", APP_ID],
      { SURVEY_START: "2024-06-15", SURVEY_END: "2024-06-13" },
      "SURVEY_END",
    ],
  ])("refuses %j with %j in one line naming %s", (argv, env, named) => {
    expect(expectError(parseQrCommand(argv, env)).message).toContain(named);
  });

  it("answers --help", () => {
    expect(parseQrCommand(["--help"], {})).toEqual({ type: "help" });
  });
});
