import { INTEGRITY_VERDICT_LABELS, ZIntegrityVerdict, formatDateVi, type IntegrityDay } from "@pks02/shared";
import { html, type SafeHtml } from "./html";

/** What the commune page says about a decision just made, or refused, on one of its days. */
export interface DecisionNotice {
  date: string;
  /** Set after a decision was saved (the page was reached by the redirect after the form). */
  saved?: true;
  /** A refusal in Vietnamese, with what was typed, to be corrected. */
  error?: string;
  values?: { decision?: string; note: string };
}

/** Who is looking at the commune page, as far as decisions go. */
export interface DecisionViewer {
  /** Only the province admin decides; district staff see the decisions, read-only. */
  canDecide: boolean;
  csrfToken: string;
  notice?: DecisionNotice;
}

/** The form's field values for a day: what was typed after a refusal, else the current decision. */
function valuesOf(day: IntegrityDay, viewer: DecisionViewer) {
  if (viewer.notice?.date === day.date && viewer.notice.values) return viewer.notice.values;
  return { decision: day.decision?.decision, note: day.decision?.note ?? "" };
}

/** The confirmation or the refusal for this day, announced to screen readers. */
export function decisionNotice(day: IntegrityDay, viewer: DecisionViewer): SafeHtml | "" {
  const notice = viewer.notice;
  if (!notice || notice.date !== day.date) return "";
  if (notice.error)
    return html`<div class="error" role="alert" id="loi-xem-xet-${day.date}"><p>${notice.error}</p></div>`;
  const verdict = day.decision?.decision;
  if (!notice.saved || !verdict) return "";
  const label = INTEGRITY_VERDICT_LABELS[verdict];
  const effect =
    verdict === "excluded"
      ? `${day.responses} phiếu của ngày này không được tính vào kết quả.`
      : "Phiếu của ngày này vẫn được tính vào kết quả.";
  return html`<div class="success" role="status">
    <p>Đã lưu quyết định ngày ${formatDateVi(day.date)}: ${label}. ${effect}</p>
  </div>`;
}

/** The admin's form for a flagged (or already decided) commune-day: a verdict and a required note. */
export function decisionForm(communeCode: string, day: IntegrityDay, viewer: DecisionViewer): SafeHtml | "" {
  if (!viewer.canDecide || (!day.review && day.decision === null)) return "";
  const values = valuesOf(day, viewer);
  const id = (name: string) => `${name}-${day.date}`;
  const failed = viewer.notice?.date === day.date && viewer.notice.error !== undefined;
  const invalid = failed ? html` aria-invalid="true" aria-describedby="loi-xem-xet-${day.date}"` : "";
  const choices = ZIntegrityVerdict.options.map(
    (verdict) =>
      html`<label
        ><input
          type="radio"
          name="quyet-dinh"
          value="${verdict}"
          required
          ${values.decision === verdict ? html` checked` : ""}
        />
        ${INTEGRITY_VERDICT_LABELS[verdict]}</label
      >`,
  );
  return html`<form method="post" action="/dashboard/xa/${communeCode}/xem-xet" class="card decision">
    <input type="hidden" name="_csrf" value="${viewer.csrfToken}" /><input
      type="hidden"
      name="ngay"
      value="${day.date}"
    />
    <fieldset class="choices">
      <legend>Quyết định cho ngày ${formatDateVi(day.date)}</legend>
      ${choices}
    </fieldset>
    <div>
      <label for="${id("ghi-chu")}">Ghi chú lý do (bắt buộc)</label
      ><textarea id="${id("ghi-chu")}" name="ghi-chu" rows="2" maxlength="1000" required${invalid}>
${values.note}</textarea>
    </div>
    <button type="submit">Lưu quyết định<span class="sr-only"> ngày ${formatDateVi(day.date)}</span></button>
  </form>`;
}
