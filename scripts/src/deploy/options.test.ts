import { parseDeployCommand } from "./options";

const API = { VITE_API_BASE: "https://pks02.example.gov.vn/" };
const UPLOAD = { ...API, ZALO_MINI_APP_ID: "3141592653589793", ZMP_DEPLOY_TOKEN: "deploy-token-12345" };

describe("parseDeployCommand", () => {
  it("takes a dry run with only the server's HTTPS address, staging in .deploy/mini-app by default", () => {
    const command = parseDeployCommand(["--dry-run"], API, "/work/pks02");
    expect(command).toEqual({
      type: "run",
      options: {
        apiBase: "https://pks02.example.gov.vn",
        stageDir: "/work/pks02/.deploy/mini-app",
        dryRun: true,
        versionType: "testing",
        description: "PKS02: bản cập nhật",
        upload: undefined,
      },
    });
  });

  it("refuses a missing or plain-HTTP server address, naming VITE_API_BASE", () => {
    for (const env of [{}, { VITE_API_BASE: "http://pks02.example.gov.vn" }]) {
      const command = parseDeployCommand(["--dry-run"], env, "/w");
      expect(command).toEqual({
        type: "error",
        message: expect.stringMatching(/^VITE_API_BASE phải là địa chỉ https:\/\//),
      });
    }
  });

  it("needs the Mini App id and a deploy token (or an access token) to upload", () => {
    expect(parseDeployCommand([], API, "/w")).toMatchObject({
      message: expect.stringMatching(/ZALO_MINI_APP_ID/),
    });
    const noToken = { ...API, ZALO_MINI_APP_ID: "3141592653589793" };
    expect(parseDeployCommand([], noToken, "/w")).toMatchObject({
      message: expect.stringMatching(/ZMP_DEPLOY_TOKEN/),
    });
    const viaAccessToken = { ...noToken, ZALO_DEPLOY_ACCESS_TOKEN: "zalo-access-token" };
    expect(parseDeployCommand(["--version", "development"], viaAccessToken, "/w")).toMatchObject({
      type: "run",
      options: {
        versionType: "development",
        upload: { miniAppId: "3141592653589793", accessToken: "zalo-access-token" },
      },
    });
    expect(parseDeployCommand([], UPLOAD, "/w")).toMatchObject({
      options: {
        upload: { deployToken: "deploy-token-12345", apiBase: "https://zmp-api.developers.zalo.me" },
      },
    });
  });

  it("refuses an unknown flag or version type", () => {
    expect(parseDeployCommand(["--versoin", "testing"], API, "/w").type).toBe("error");
    expect(parseDeployCommand(["--version", "production"], UPLOAD, "/w")).toEqual({
      type: "error",
      message: "--version chỉ nhận testing hoặc development.",
    });
  });
});
