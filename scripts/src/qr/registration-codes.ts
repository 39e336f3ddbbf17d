import { readFile } from "node:fs/promises";
import { ZRegistrationCodes } from "@pks02/shared";

/** Registration codes by commune and by district, for the task-team leaders' list. */
export interface RegistrationCodeBook {
  commune(code: string): string | undefined;
  district(code: string): string | undefined;
}

/**
 * Read the file saved from GET /api/admin/registration-codes (null: no file, the lists carry no codes).
 * Read before anything is written, so a bad file leaves the output folder untouched.
 */
export async function readRegistrationCodes(
  file: string | null,
  campaignId: string,
): Promise<RegistrationCodeBook | null> {
  if (file === null) return null;
  let parsed;
  try {
    parsed = ZRegistrationCodes.safeParse(JSON.parse(await readFile(file, "utf8")));
  } catch (error) {
    throw new Error(`không đọc được tệp mã đăng ký ${file}: ${(error as Error).message}`, { cause: error });
  }
  if (!parsed.success)
    throw new Error(`tệp ${file} không phải kết quả của GET /api/admin/registration-codes`);
  if (parsed.data.campaignId !== campaignId)
    throw new Error(
      `tệp ${file} là mã đăng ký của đợt ${parsed.data.campaignId}, không phải của đợt ${campaignId} ` +
        `(lấy lại bằng GET /api/admin/registration-codes?campaign=${campaignId})`,
    );
  const communes = new Map(parsed.data.communes.map((c) => [c.code, c.registrationCode]));
  const districts = new Map(parsed.data.districts.map((d) => [d.code, d.registrationCode]));
  return { commune: (code) => communes.get(code), district: (code) => districts.get(code) };
}
