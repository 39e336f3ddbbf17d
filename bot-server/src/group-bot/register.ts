import {
  communesOfDistrict,
  findCommune,
  findDistrict,
  registeredCommuneText,
  registeredDistrictText,
  unknownCommuneText,
  unknownDistrictText,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { findMember, registrationName, saveMember } from "./members";

/** /dangky <mã xã>: the sender joins a commune's task team (leaving any earlier registration). */
export async function registerForCommune(
  ctx: AppContext,
  memberKey: string,
  code: string,
): Promise<string[]> {
  const commune = findCommune(code);
  if (!commune) return [unknownCommuneText(code)];
  const previously = registrationName(await findMember(ctx.db, memberKey));
  await saveMember(ctx.db, {
    memberKey,
    communeCode: commune.code,
    districtCode: commune.districtCode,
    at: ctx.now(),
  });
  ctx.logger.info({ communeCode: commune.code }, "group member registered for a commune");
  return [registeredCommuneText(commune, previously)];
}

/** /dangky huyen <mã huyện>: the sender joins a district's steering committee. */
export async function registerForDistrict(
  ctx: AppContext,
  memberKey: string,
  code: string,
): Promise<string[]> {
  const district = findDistrict(code);
  if (!district) return [unknownDistrictText(code)];
  const previously = registrationName(await findMember(ctx.db, memberKey));
  await saveMember(ctx.db, { memberKey, districtCode: district.code, at: ctx.now() });
  ctx.logger.info({ districtCode: district.code }, "group member registered for a district");
  return [registeredDistrictText(district, communesOfDistrict(district.code).length, previously)];
}
