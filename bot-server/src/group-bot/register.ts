import {
  TOO_MANY_WRONG_CODES,
  campaignsWithParent,
  campaignsWithUnit,
  codeNeededText,
  findCatalogParent,
  findCatalogUnit,
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
  unit: RegistrationUnit,
  code: string,
): Promise<string | undefined> {
  const now = ctx.now();
  const failures = await countRecentFailures(ctx.db, memberKey, now);
  if (failures >= MAX_FAILURES_PER_HOUR) return TOO_MANY_WRONG_CODES;
  const key = { campaignIds: unit.campaignIds, scope: unit.scope, unitCode: unit.unitCode };
  if (await isRegistrationCode(ctx.db, key, code)) return undefined;
  await recordFailure(ctx.db, memberKey, now);
  ctx.logger.info({ scope: unit.scope, unitCode: unit.unitCode }, "group registration refused: wrong code");
  return wrongCodeText(unit.name, MAX_FAILURES_PER_HOUR - failures - 1);
}

/** The unit a registration is for, and the campaigns whose registration codes for it are accepted. */
interface RegistrationUnit {
  scope: RegistrationScope;
  unitCode: string;
  name: string;
  campaignIds: readonly string[];
}

/** What a registration is for: the unit whose code must be given, and how to save and confirm it. */
interface Registration {
  unit: RegistrationUnit;
  example: string;
  save: { communeCode?: string; districtCode: string | null };
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
  const previously = registrationName(await findMember(ctx, memberKey));
  await saveMember(ctx.db, { memberKey, ...registration.save, at: ctx.now() });
  ctx.logger.info({ scope: unit.scope, unitCode: unit.unitCode }, "group member registered");
  return [registration.confirm(previously) + memberTagText(memberKey)];
}

/**
 * /dangky <mã xã> <mã đăng ký>: the sender joins a commune's task team (leaving any earlier registration); the
 * unit may be of any campaign, and the code is that of a campaign whose registry lists it.
 */
export async function registerForCommune(
  ctx: AppContext,
  memberKey: string,
  code: string,
  registrationCode: string | undefined,
): Promise<string[]> {
  const { campaigns } = ctx.config;
  const commune = findCatalogUnit(campaigns, code);
  if (!commune) return [unknownCommuneText(code)];
  const campaignIds = campaignsWithUnit(campaigns, commune.code).map((c) => c.id);
  return register(
    ctx,
    memberKey,
    {
      unit: { scope: "commune", unitCode: commune.code, name: commune.name, campaignIds },
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
  const listing = campaignsWithParent(ctx.config.campaigns, code);
  const district = findCatalogParent(ctx.config.campaigns, code);
  if (!district) return [unknownDistrictText(code)];
  const communes = listing[0]!.units.unitsOfParent(district.code).length;
  const campaignIds = listing.map((c) => c.id);
  return register(
    ctx,
    memberKey,
    {
      unit: { scope: "district", unitCode: district.code, name: district.name, campaignIds },
      example: `/dangky huyen ${district.code}`,
      save: { districtCode: district.code },
      confirm: (previously) => registeredDistrictText(district, communes, previously),
    },
    registrationCode,
  );
}
