import { findCommune, findDistrict } from "../communes/registry";
import type { Commune } from "../communes/types";
import { formatDateVi, isSurveyDay, type SurveyWindow } from "../window/window";

/** What an upload is checked against: the survey window and, for a district's staff, their district. */
export interface RosterScope {
  window: SurveyWindow;
  /** Only this district's communes may appear; null for the whole province (admin). */
  districtCode: string | null;
}

/** The commune a code names, if it is inside the scope; otherwise the Vietnamese reason why not. */
export function communeInScope(code: string, scope: RosterScope): Commune | string {
  if (code === "") return "thiếu mã đơn vị";
  const commune = findCommune(code);
  if (!commune) return `mã đơn vị ${code} không có trong danh sách 209 xã, phường, thị trấn`;
  if (scope.districtCode !== null && commune.districtCode !== scope.districtCode)
    return `${commune.name} (${code}) thuộc ${commune.districtName}, ngoài phạm vi của mã truy cập này`;
  return commune;
}

/** A district code inside the scope, or the reason why not. */
export function districtInScope(code: string, scope: RosterScope): string | undefined {
  const district = findDistrict(code);
  if (!district) return `mã huyện ${code} không có trong danh sách 10 huyện, thị xã, thành phố`;
  if (scope.districtCode !== null && code !== scope.districtCode)
    return `${district.name} (${code}) ngoài phạm vi của mã truy cập này`;
  return undefined;
}

/** Why a day cannot be on the roster (not a date, or outside the window), or undefined when it can. */
export function dayProblem(date: string | null, written: string, window: SurveyWindow): string | undefined {
  if (written === "") return "thiếu ngày";
  if (date === null) return `ngày "${written}" không đúng dạng dd/mm/yyyy`;
  if (!isSurveyDay(window, date))
    return `ngày ${formatDateVi(date)} ngoài thời gian khảo sát (${formatDateVi(window.start)} – ${formatDateVi(window.end)})`;
  return undefined;
}
