import { NOT_REGISTERED, qcdcDistrictTexts, qcdcText } from "@pks02/shared";
import type { AppContext } from "../context";
import { qcdcRows } from "../qcdc/qcdc-report";
import type { GroupCommand } from "./commands";
import { findMember } from "./members";
import { commandDay, communeFor } from "./report-visits";

type QcdcCommand = Extract<GroupCommand, { type: "qcdc" }>;

/**
 * /qcdc [mã xã] [dd/mm]: the five QCDC fields of the sender's commune for the day (today by default); a
 * district member without a code gets every commune of their district, one block each.
 */
export async function qcdcReply(ctx: AppContext, memberKey: string, command: QcdcCommand): Promise<string[]> {
  const member = await findMember(ctx.db, memberKey);
  if (!member) return [NOT_REGISTERED];
  const wholeDistrict = member.role === "district" && command.communeCode === undefined;
  const commune = wholeDistrict ? undefined : communeFor(member, command.communeCode);
  if (typeof commune === "string") return [commune];
  const { day: date, refusal } = commandDay(ctx, command.date);
  if (refusal) return [refusal];
  const rows = await qcdcRows(ctx, {
    days: [date],
    districtCode: member.district.code,
    communeCode: commune?.code,
  });
  return wholeDistrict ? qcdcDistrictTexts(member.district.name, date, rows) : rows.map(qcdcText);
}
