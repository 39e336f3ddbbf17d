import type { CommuneProgress, DistrictProgress, ProgressReport, ProgressTotals } from "./types";

function emptyTotals(): ProgressTotals {
  return {
    communes: 0,
    responses: 0,
    unverifiedResponses: 0,
    visits: 0,
    communesOk: 0,
    communesTooFew: 0,
    communesTooMany: 0,
    communesMissingVisits: 0,
  };
}

function addCommune(totals: ProgressTotals, commune: CommuneProgress): void {
  totals.communes += 1;
  totals.responses += commune.responses;
  totals.unverifiedResponses += commune.unverifiedResponses;
  totals.visits += commune.visitsReported;
  switch (commune.quota.status) {
    case "ok":
      totals.communesOk += 1;
      break;
    case "too_few":
      totals.communesTooFew += 1;
      break;
    case "too_many":
      totals.communesTooMany += 1;
      break;
    case "missing_visits":
      totals.communesMissingVisits += 1;
      break;
    default: {
      const unreachable: never = commune.quota.status;
      throw new Error(`unknown quota status ${String(unreachable)}`);
    }
  }
}

/**
 * The report of these communes over these dates: each district's totals (districts in the order their
 * communes come; none when the registry has no districts) and the totals of all of them.
 */
export function summariseProgress(dates: string[], communes: CommuneProgress[]): ProgressReport {
  const province = emptyTotals();
  const byDistrict = new Map<string, DistrictProgress>();
  for (const commune of communes) {
    addCommune(province, commune);
    if (commune.districtCode === null) continue;
    let district = byDistrict.get(commune.districtCode);
    if (!district) {
      district = {
        code: commune.districtCode,
        name: commune.districtName ?? commune.districtCode,
        ...emptyTotals(),
      };
      byDistrict.set(commune.districtCode, district);
    }
    addCommune(district, commune);
  }
  return { dates, communes, districts: [...byDistrict.values()], province };
}
