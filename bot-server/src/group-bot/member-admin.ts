import {
  MEMBERS_FOR_DISTRICT_ONLY,
  NOT_REGISTERED,
  findCatalogUnit,
  memberListText,
  memberTag,
  noSuchMemberText,
  removedText,
  type ParentUnit,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { deleteMember, findMember, membersOfDistrict } from "./members";

/** The sender's district when they are a steering member; otherwise the reply that says why not. */
async function stewardDistrict(ctx: AppContext, memberKey: string): Promise<ParentUnit | string> {
  const member = await findMember(ctx, memberKey);
  if (!member) return NOT_REGISTERED;
  return member.role === "district" ? member.district : MEMBERS_FOR_DISTRICT_ONLY;
}

/** /thanhvien: a district steering member sees who registered in the district's communes (and district). */
export async function listMembers(ctx: AppContext, memberKey: string): Promise<string[]> {
  const district = await stewardDistrict(ctx, memberKey);
  if (typeof district === "string") return [district];
  const rows = await membersOfDistrict(ctx.db, district.code);
  const listed = rows.map((r) => ({
    key: r.memberKey,
    commune: r.communeCode ? findCatalogUnit(ctx.config.campaigns, r.communeCode) : undefined,
    registeredAt: r.registeredAt,
  }));
  return [memberListText(district, listed)];
}

/** /xoa <mã thành viên>: a district steering member removes a task-team member of one of its communes. */
export async function removeMember(ctx: AppContext, memberKey: string, tag: string): Promise<string[]> {
  const district = await stewardDistrict(ctx, memberKey);
  if (typeof district === "string") return [district];
  const matches = (await membersOfDistrict(ctx.db, district.code)).filter(
    (r) => r.role === "commune" && memberTag(r.memberKey) === tag,
  );
  const commune =
    matches.length === 1 ? findCatalogUnit(ctx.config.campaigns, matches[0]!.communeCode ?? "") : undefined;
  if (!commune) return [noSuchMemberText(tag, district)];
  await deleteMember(ctx.db, matches[0]!, { by: memberKey, at: ctx.now() });
  ctx.logger.info({ communeCode: commune.code }, "group member removed by a district member");
  return [removedText(tag, commune)];
}
