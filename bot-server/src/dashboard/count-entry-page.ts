import { formatCount, formatDateVi, type Commune, type UnitRegistry } from "@pks02/shared";
import type { Staff } from "../auth/require-staff";
import { html, type SafeHtml } from "./html";

/** Rows of helper fields on the form; a day rarely has more helpers than this. */
export const HELPER_ROWS = 6;

/** A helper as the form shows them: name, role and (optional) unit. */
export interface FormHelper {
  name: string;
  role: string;
  unit?: string;
}

export interface CountEntryView {
  staff: Staff;
  csrfToken: string;
  /** The dashboard campaign's communes and districts. */
  units: UnitRegistry;
  days: readonly string[];
  communeCode?: string;
  date?: string;
  /** The day's current count and helpers, when a commune and day are chosen. */
  current?: { visits: number | null; helpers: FormHelper[] };
  saved?: { visits: number; previousVisits: number | null };
  error?: string;
}

function communeOptions(staff: Staff, units: UnitRegistry, selected: string | undefined): SafeHtml[] {
  const option = (c: Commune) =>
    html`<option value="${c.code}" ${c.code === selected ? html` selected` : ""}>
      ${c.name} (${c.code})
    </option>`;
  // A registry without districts is one flat list, the admin's only.
  if (units.parents.length === 0) return staff.kind === "admin" ? units.units.map(option) : [];
  const districts =
    staff.kind === "admin" ? units.parents : units.parents.filter((d) => d.code === staff.districtCode);
  return districts.map(
    (d) => html`<optgroup label="${d.name}">${units.unitsOfParent(d.code).map(option)}</optgroup>`,
  );
}

function helperRows(helpers: readonly FormHelper[]): SafeHtml[] {
  return Array.from({ length: HELPER_ROWS }, (_, i) => {
    const h = helpers[i];
    return html`<div class="helper-row">
      <div>
        <label for="ten-${i}">Họ tên <span class="sr-only">người hỗ trợ </span>${i + 1}</label
        ><input id="ten-${i}" name="ten" maxlength="100" value="${h?.name ?? ""}" />
      </div>
      <div>
        <label for="vai-tro-${i}">Vai trò<span class="sr-only"> người hỗ trợ ${i + 1}</span></label
        ><input id="vai-tro-${i}" name="vaitro" maxlength="100" value="${h?.role ?? ""}" />
      </div>
      <div>
        <label for="don-vi-${i}">Đơn vị<span class="sr-only"> người hỗ trợ ${i + 1}</span></label
        ><input id="don-vi-${i}" name="donvi" maxlength="150" value="${h?.unit ?? ""}" />
      </div>
    </div>`;
  });
}

function savedNote(view: CountEntryView): SafeHtml | "" {
  if (!view.saved) return "";
  const before =
    view.saved.previousVisits === null
      ? "lần báo đầu tiên"
      : `trước đó ${formatCount(view.saved.previousVisits)}`;
  return html`<div class="success" role="status">
    <p>
      Đã lưu: ${formatCount(view.saved.visits)} lượt (${before}).
      <a href="/dashboard/xa/${view.communeCode ?? ""}">Xem trang của xã</a>
    </p>
  </div>`;
}

function chooseForm(view: CountEntryView): SafeHtml {
  const dayOptions = view.days.map(
    (d) => html`<option value="${d}" ${d === view.date ? html` selected` : ""}>${formatDateVi(d)}</option>`,
  );
  return html`<form method="get" action="/dashboard/nhap-luot-den" class="card" aria-label="Chọn xã và ngày">
    <div>
      <label for="xa">Xã, phường, thị trấn</label
      ><select id="xa" name="xa" required>
        ${communeOptions(view.staff, view.units, view.communeCode)}
      </select>
    </div>
    <div>
      <label for="ngay">Ngày</label
      ><select id="ngay" name="ngay" required>
        ${dayOptions}
      </select>
    </div>
    <button type="submit" class="secondary">Chọn</button>
  </form>`;
}

function countForm(view: CountEntryView, commune: Commune, date: string): SafeHtml {
  const visits = view.current?.visits;
  return html`<form
    method="post"
    action="/dashboard/nhap-luot-den"
    class="card"
    aria-labelledby="nhap-tieu-de"
  >
    <h2 id="nhap-tieu-de">${commune.name}, ngày ${formatDateVi(date)}</h2>
    <input type="hidden" name="_csrf" value="${view.csrfToken}" /><input
      type="hidden"
      name="xa"
      value="${commune.code}"
    /><input type="hidden" name="ngay" value="${date}" />
    <div>
      <label for="luot">Số lượt công dân đến</label
      ><input
        id="luot"
        name="luot"
        type="number"
        inputmode="numeric"
        min="0"
        max="100000"
        required
        value="${visits ?? ""}"
        ${view.error ? html` aria-describedby="loi-nhap" aria-invalid="true"` : ""}
      />
    </div>
    <fieldset>
      <legend>Người hỗ trợ (không bắt buộc)</legend>
      ${helperRows(view.current?.helpers ?? [])}
    </fieldset>
    <button type="submit">Lưu số lượt đến</button>
  </form>`;
}

/** The count-entry page: choose commune and day (GET shows the current values), then save (POST). */
export function countEntryContent(view: CountEntryView): SafeHtml {
  const commune = view.communeCode ? view.units.find(view.communeCode) : undefined;
  return html`${savedNote(view)}
    ${view.error ? html`<div class="error" role="alert" id="loi-nhap"><p>${view.error}</p></div>` : ""}
    <p>
      Số lượt công dân đến bộ phận một cửa trong ngày, và những người hỗ trợ công dân trả lời phiếu. Nhập lại
      để sửa: mọi lần sửa đều được lưu lại.
    </p>
    ${chooseForm(view)} ${commune && view.date ? countForm(view, commune, view.date) : ""}`;
}
