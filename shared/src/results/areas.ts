import type { QuotaResult } from "../quota/quota";
import type { CommuneMean, QuotaMark, UnitFigures } from "./schema";
import { meanOf } from "./stats";

/**
 * The unweighted mean of communes' figures: each commune with at least one valid response counts once,
 * whatever its number of answers (the pooled figure weights communes by their answers instead).
 */
export function communeMean(communes: readonly UnitFigures[]): CommuneMean {
  const present = communes.filter((c) => c.responses > 0);
  const questionIds = present[0]?.scales.map((s) => s.questionId) ?? [];
  const shares: Record<string, number | null> = {};
  for (const id of questionIds) {
    shares[id] = meanOf(present.map((c) => c.scales.find((s) => s.questionId === id)?.share ?? null));
  }
  return {
    communes: present.length,
    index: meanOf(present.map((c) => c.index.value)),
    shares,
    extraMoneyShare: meanOf(present.map((c) => c.extraMoney.share)),
  };
}

/** Why a commune's figures are "tham khảo" (outside the quota over the window), or that they are not. */
export function quotaMark(quota: QuotaResult): QuotaMark {
  switch (quota.status) {
    case "ok":
      return { status: quota.status, reference: false, reason: null };
    case "missing_visits":
      return {
        status: quota.status,
        reference: true,
        reason: "Chưa báo cáo đủ lượt công dân đến các ngày khảo sát",
      };
    case "too_few":
      return {
        status: quota.status,
        reference: true,
        reason: `Ít phiếu hơn định mức: ${quota.responses} phiếu, cần ít nhất ${quota.lowerBound}`,
      };
    case "too_many":
      return {
        status: quota.status,
        reference: true,
        reason: `Nhiều phiếu hơn định mức: ${quota.responses} phiếu, tối đa ${quota.upperBound} (lượt đến ${quota.visits})`,
      };
    default: {
      const unreachable: never = quota.status;
      return unreachable;
    }
  }
}
