import { deploy, type CoreRequester, type DeployInput } from "zmp-cli-core";
import { BufferFile, chunkedUploadTo } from "./chunked-upload";
import { VERSION_TYPES, ZMP_API_BASE, type DeployOptions } from "./options";
import { DeployError } from "./stage";

type UploadSettings = NonNullable<DeployOptions["upload"]>;

// zmp-cli's answer when its token is not (or no longer) valid for this Mini App.
const PERMISSION_DENIED = -2001;

interface ZaloAnswer {
  err?: number;
  msg?: string;
  data?: unknown;
}

async function readAnswer(response: Response, what: string): Promise<unknown> {
  const body = (await response.json().catch(() => null)) as ZaloAnswer | null;
  if (body && typeof body.err === "number" && body.err >= 0) return body.data;
  if (body?.err === PERMISSION_DENIED)
    throw new DeployError(
      `Zalo từ chối ${what}: mã triển khai hết hạn hoặc không phải của Mini App này; lấy mã mới.`,
    );
  throw new DeployError(`Zalo từ chối ${what}: HTTP ${response.status} ${JSON.stringify(body)}`);
}

/** The deploy token zmp-cli's `zmp login` gets for a Zalo access token of a Mini App admin (POST admin/login). */
async function exchangeAccessToken(settings: UploadSettings, accessToken: string): Promise<string> {
  const response = await fetch(`${settings.apiBase}/admin/login`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "cache-control": "no-cache" },
    body: new URLSearchParams({ accessToken, appId: settings.miniAppId }),
  });
  const data = (await readAnswer(response, "đăng nhập")) as { jwt?: unknown } | undefined;
  if (typeof data?.jwt !== "string") throw new DeployError("Zalo không trả mã triển khai khi đăng nhập.");
  return data.jwt;
}

/** zmp-cli-core's requester: Zalo's developer API (or the configured base) with the deploy token. */
function requester(settings: UploadSettings, token: string): CoreRequester {
  return async ({ method, url, data }) => {
    const target = new URL(url.replace(ZMP_API_BASE, settings.apiBase));
    const fields = (data ?? {}) as Record<string, unknown>;
    if (method === "GET") for (const [k, v] of Object.entries(fields)) target.searchParams.set(k, String(v));
    const response = await fetch(target, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        "cache-control": "no-cache",
        "content-type": "application/json",
      },
      body: method === "GET" ? undefined : JSON.stringify(fields),
    });
    return readAnswer(response, url.slice(url.lastIndexOf("/") + 1));
  };
}

export interface UploadResult {
  appUrl?: string;
  versionId?: string;
}

/** Upload a staged bundle with zmp-cli-core's deploy (a custom project: the staged www/), as testing or development. */
export async function uploadBundle(
  options: DeployOptions,
  log: (line: string) => void,
): Promise<UploadResult> {
  const settings = options.upload;
  if (!settings) throw new DeployError("Thiếu thông tin tải lên.");
  const token = settings.deployToken ?? (await exchangeAccessToken(settings, settings.accessToken!));
  const input = {
    isCustom: true,
    outputDir: "www",
    cwd: options.stageDir,
    target: VERSION_TYPES[options.versionType] as DeployInput["target"],
    description: options.description,
    request: requester(settings, token),
    FileClass: BufferFile,
    ResumableClass: chunkedUploadTo(settings.apiBase, ZMP_API_BASE),
    getToken: async () => token,
    onProgress: () => undefined,
    customLogger: { info: (line: string) => log(line), warn: (line: string) => log(line) },
  } as unknown as Parameters<typeof deploy>[0];
  const result = (await deploy(input)) as { data?: UploadResult } | undefined;
  return result?.data ?? {};
}
