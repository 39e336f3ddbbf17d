import { NOT_REGISTERED, qcdcDistrictTexts, qcdcText } from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { qcdcRows } from "../qcdc/qcdc-report";
import { communeDayOf, surveyDayOf } from "../visits/record-visits";
import type { GroupCommand } from "./commands";
import { findMember } from "./members";
import { refusalText, reportOf, scopeOfMember } from "./report-visits";

type QcdcCommand = Extract<GroupCommand, { type: "qcdc" }>;

/**
 * /qcdc [mã xã] [dd/mm]: the five QCDC fields of the sender's commune for the day (today by default); a
 * district member without a code gets every commune of their district, one block each. The commune and the
 * day are checked as for /luotden, and refused in the same words.
 */
export async function qcdcReply(ctx: AppContext, memberKey: string, command: QcdcCommand): Promise<string[]> {
  const member = await findMember(ctx, memberKey);
  if (!member) return [NOT_REGISTERED];
  const { report, today } = reportOf(ctx, member, command);
  const { campaign, communeCode } = report;
  try {
    const query = { campaign, date: report.date, latestDay: today };
    const date =
      communeCode === undefined
        ? surveyDayOf(ctx, query)
        : communeDayOf(ctx, { ...query, communeCode, scope: scopeOfMember(member) }).date;
    const rows = await qcdcRows(ctx, campaign, {
      days: [date],
      districtCode: member.district?.code ?? null,
      communeCode,
    });
    // Without a code the member is a district's (a commune member's own commune is the default code).
    return communeCode === undefined && member.district !== null
      ? qcdcDistrictTexts(member.district.name, date, rows)
      : rows.map(qcdcText);
  } catch (error) {
    if (error instanceof AppError) return [refusalText(ctx, error, report)];
    throw error;
  }
}
