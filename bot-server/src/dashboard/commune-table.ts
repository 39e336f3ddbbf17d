import { z } from "zod";
import { foldVietnamese, formatCount, formatDateVi, type CommuneProgress } from "@pks02/shared";
import { STATUS_LABELS, statusBadge } from "./figures";
import { html, type SafeHtml } from "./html";
import { scrollTable } from "./table";

const SORT_KEYS = ["ten", "trang-thai", "phieu", "luot-den", "ngay-bao"] as const;
type SortKey = (typeof SORT_KEYS)[number];

/** The district page's query: which communes to show and in which order (all optional, Vietnamese names). */
export const ZCommuneTableQuery = z
  .object({
    "trang-thai": z.enum(["ok", "too_few", "too_many", "missing_visits", ""]).default(""),
    tim: z.string().max(60).default(""),
    "sap-xep": z.enum(SORT_KEYS).default("ten"),
    chieu: z.enum(["tang", "giam"]).default("tang"),
  })
  .strict();
export type CommuneTableQuery = z.infer<typeof ZCommuneTableQuery>;

// Most urgent first when sorted by status ascending: the communes someone must act on.
const STATUS_ORDER = { missing_visits: 0, too_few: 1, too_many: 2, ok: 3 } as const;

const SORTERS: Record<SortKey, (a: CommuneProgress, b: CommuneProgress) => number> = {
  ten: (a, b) => a.name.localeCompare(b.name, "vi"),
  "trang-thai": (a, b) => STATUS_ORDER[a.quota.status] - STATUS_ORDER[b.quota.status],
  phieu: (a, b) => a.responses - b.responses,
  "luot-den": (a, b) => a.visitsReported - b.visitsReported,
  "ngay-bao": (a, b) => a.daysReported - b.daysReported,
};

/** The communes this query shows, in its order (ties by name, so the order is stable). Pure. */
export function selectCommunes(
  communes: readonly CommuneProgress[],
  query: CommuneTableQuery,
): CommuneProgress[] {
  const wanted = foldVietnamese(query.tim.trim());
  const sign = query.chieu === "giam" ? -1 : 1;
  return communes
    .filter((c) => query["trang-thai"] === "" || c.quota.status === query["trang-thai"])
    .filter((c) => wanted === "" || foldVietnamese(c.name).includes(wanted) || c.code.includes(wanted))
    .sort((a, b) => sign * SORTERS[query["sap-xep"]](a, b) || SORTERS.ten(a, b));
}

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "ten", label: "Xã, phường, thị trấn" },
  { key: "trang-thai", label: "Trạng thái" },
  { key: "phieu", label: "Phiếu" },
  { key: "luot-den", label: "Lượt đến" },
  { key: "ngay-bao", label: "Ngày đã báo" },
];

function headerCell(basePath: string, query: CommuneTableQuery, column: (typeof COLUMNS)[number]): SafeHtml {
  const active = query["sap-xep"] === column.key;
  const next = active && query.chieu === "tang" ? "giam" : "tang";
  const params = new URLSearchParams({ ...query, "sap-xep": column.key, chieu: next });
  const sort = active ? (query.chieu === "tang" ? "ascending" : "descending") : undefined;
  const arrow = active ? (query.chieu === "tang" ? " ▲" : " ▼") : "";
  return html`<th scope="col" ${sort ? html` aria-sort="${sort}"` : ""}>
    <a href="${basePath}?${params.toString()}#bang-xa"
      >${column.label}<span aria-hidden="true">${arrow}</span
      ><span class="sr-only">, sắp xếp ${next === "tang" ? "tăng dần" : "giảm dần"}</span></a
    >
  </th>`;
}

/** The filter form (GET, so it works without script and the address can be shared). */
export function communeFilterForm(basePath: string, query: CommuneTableQuery): SafeHtml {
  const options = (["", "ok", "too_few", "too_many", "missing_visits"] as const).map(
    (s) =>
      html`<option value="${s}" ${query["trang-thai"] === s ? html` selected` : ""}>
        ${s === "" ? "Tất cả" : STATUS_LABELS[s]}
      </option>`,
  );
  return html`<form method="get" action="${basePath}" class="filters" role="search" aria-label="Lọc các xã">
    <input type="hidden" name="sap-xep" value="${query["sap-xep"]}" /><input
      type="hidden"
      name="chieu"
      value="${query.chieu}"
    />
    <div>
      <label for="loc-trang-thai">Trạng thái</label
      ><select id="loc-trang-thai" name="trang-thai">
        ${options}
      </select>
    </div>
    <div>
      <label for="loc-tim">Tên hoặc mã xã</label
      ><input id="loc-tim" name="tim" type="search" value="${query.tim}" />
    </div>
    <button type="submit">Lọc</button>
  </form>`;
}

/** Each survey day's figures of a commune, for the table's per-day columns. */
export interface CommuneDays {
  dates: readonly string[];
  dayOf: (communeCode: string, date: string) => { responses: number; visits: number | null; photos: number };
}

/** "8 phiếu · 10 lượt · 1 ảnh" — a day of a commune; "chưa báo" when the day has no count. */
function dayCell(day: ReturnType<CommuneDays["dayOf"]>): SafeHtml {
  const visits = day.visits === null ? "chưa báo lượt" : `${formatCount(day.visits)} lượt`;
  const text = `${formatCount(day.responses)} phiếu · ${visits} · ${formatCount(day.photos)} ảnh`;
  return html`<td class="day">${text}</td>`;
}

/**
 * The communes table: sortable by each column (links), one row per commune with a link to its page, then
 * each survey day's responses, visitors and photo reports.
 */
export function communeTable(
  basePath: string,
  query: CommuneTableQuery,
  communes: readonly CommuneProgress[],
  days: CommuneDays,
): SafeHtml {
  const rows = communes.map(
    (c) =>
      html`<tr>
        <th scope="row"><a href="/dashboard/xa/${c.code}">${c.name}</a></th>
        <td>${statusBadge(c)}</td>
        <td>${formatCount(c.responses)}</td>
        <td>${formatCount(c.visitsReported)}</td>
        <td>${c.daysReported}/${days.dates.length}</td>
        ${days.dates.map((date) => dayCell(days.dayOf(c.code, date)))}
      </tr>`,
  );
  const empty = html`<tr>
    <td colspan="${5 + days.dates.length}">Không có xã nào khớp bộ lọc.</td>
  </tr>`;
  const dayHeaders = days.dates.map(
    (date) => html`<th scope="col">Ngày ${formatDateVi(date).slice(0, 5)}</th>`,
  );
  return scrollTable({
    labelledBy: "bang-xa",
    caption: `Các xã (${communes.length})`,
    headers: [...COLUMNS.map((c) => headerCell(basePath, query, c)), ...dayHeaders],
    rows: communes.length > 0 ? rows : [empty],
    liveId: "bang-xa-khoi",
  });
}

/**
 * The communes of a page as a section: its heading, the filter form and the sortable table (the district page's
 * communes, and the overview's units when the registry has no districts).
 */
export function communesSection(
  heading: string,
  basePath: string,
  query: CommuneTableQuery,
  communes: readonly CommuneProgress[],
  days: CommuneDays,
): SafeHtml {
  return html`<section aria-labelledby="cac-xa">
    <h2 id="cac-xa">${heading}</h2>
    ${communeFilterForm(basePath, query)}
    ${communeTable(basePath, query, selectCommunes(communes, query), days)}
  </section>`;
}
