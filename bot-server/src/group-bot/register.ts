import {
  PKS02_DEFINITION,
  TOO_MANY_WRONG_CODES,
  codeNeededText,
  communesOfDistrict,
  findCommune,
  findDistrict,
  memberTagText,
  registeredCommuneText,
  registeredDistrictText,
  unknownCommuneText,
  unknownDistrictText,
  wrongCodeText,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { findMember, registrationName, saveMember } from "./members";
import {
  countRecentFailures,
  isRegistrationCode,
  recordFailure,
  type RegistrationScope,
} from "./registration-codes";

// Guessing codes: a few wrong tries an hour per member, then nothing is checked until the hour has passed.
const MAX_FAILURES_PER_HOUR = 5;

/**
 * Whether the sender may register for the unit with this code; undefined when yes, else the reply. A wrong
 * code is recorded; after five in an hour even the right one is refused until the hour has passed.
 */
async function codeRefusal(
  ctx: AppContext,
  memberKey: string,
  unit: { scope: RegistrationScope; unitCode: string; name: string },
  code: string,
): Promise<string | undefined> {
  const now = ctx.now();
  const failures = await countRecentFailures(ctx.db, memberKey, now);
  if (failures >= MAX_FAILURES_PER_HOUR) return TOO_MANY_WRONG_CODES;
  const key = { surveyId: PKS02_DEFINITION.id, scope: unit.scope, unitCode: unit.unitCode };
  if (await isRegistrationCode(ctx.db, key, code)) return undefined;
  await recordFailure(ctx.db, memberKey, now);
  ctx.logger.info({ scope: unit.scope, unitCode: unit.unitCode }, "group registration refused: wrong code");
  return wrongCodeText(unit.name, MAX_FAILURES_PER_HOUR - failures - 1);
}

/** What a registration is for: the unit whose code must be given, and how to save and confirm it. */
interface Registration {
  unit: { scope: RegistrationScope; unitCode: string; name: string };
  example: string;
  save: { communeCode?: string; districtCode: string };
  confirm: (previously: string | undefined) => string;
}

async function register(
  ctx: AppContext,
  memberKey: string,
  registration: Registration,
  registrationCode: string | undefined,
): Promise<string[]> {
  const { unit } = registration;
  if (registrationCode === undefined) return [codeNeededText(unit.name, registration.example)];
  const refusal = await codeRefusal(ctx, memberKey, unit, registrationCode);
  if (refusal) return [refusal];
  const previously = registrationName(await findMember(ctx.db, memberKey));
  await saveMember(ctx.db, { memberKey, ...registration.save, at: ctx.now() });
  ctx.logger.info({ scope: unit.scope, unitCode: unit.unitCode }, "group member registered");
  return [registration.confirm(previously) + memberTagText(memberKey)];
}

/** /dangky <mã xã> <mã đăng ký>: the sender joins a commune's task team (leaving any earlier registration). */
export async function registerForCommune(
  ctx: AppContext,
  memberKey: string,
  code: string,
  registrationCode: string | undefined,
): Promise<string[]> {
  const commune = findCommune(code);
  if (!commune) return [unknownCommuneText(code)];
  return register(
    ctx,
    memberKey,
    {
      unit: { scope: "commune", unitCode: commune.code, name: commune.name },
      example: `/dangky ${commune.code}`,
      save: { communeCode: commune.code, districtCode: commune.districtCode },
      confirm: (previously) => registeredCommuneText(commune, previously),
    },
    registrationCode,
  );
}

/** /dangky huyen <mã huyện> <mã đăng ký>: the sender joins a district's steering committee. */
export async function registerForDistrict(
  ctx: AppContext,
  memberKey: string,
  code: string,
  registrationCode: string | undefined,
): Promise<string[]> {
  const district = findDistrict(code);
  if (!district) return [unknownDistrictText(code)];
  const communes = communesOfDistrict(district.code).length;
  return register(
    ctx,
    memberKey,
    {
      unit: { scope: "district", unitCode: district.code, name: district.name },
      example: `/dangky huyen ${district.code}`,
      save: { districtCode: district.code },
      confirm: (previously) => registeredDistrictText(district, communes, previously),
    },
    registrationCode,
  );
}
