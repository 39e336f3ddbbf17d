import {
  INTEGRITY_SIGNALS,
  INTEGRITY_SIGNAL_LABELS,
  INTEGRITY_VERDICT_LABELS,
  formatDateVi,
  type IntegrityCommune,
  type IntegrityReport,
} from "@pks02/shared";
import { countFigure } from "./chart-slot";
import { decisionForm, decisionNotice, type DecisionViewer } from "./decision-form";
import { html, type SafeHtml } from "./html";
import { reporterLabel } from "./reporter-label";
import { momentVi } from "./layout";

/** How many of the district's communes trip each signal over the window: a chart, its figures in a table. */
export function signalsChart(report: IntegrityReport): Promise<SafeHtml> {
  const bars = INTEGRITY_SIGNALS.map((kind) => ({
    label: INTEGRITY_SIGNAL_LABELS[kind],
    count: report.communes.filter((c) => c.signals.some((s) => s.kind === kind && s.flagged)).length,
  }));
  return countFigure({
    id: "bieu-do-xem-xet",
    caption: "Số xã có từng dấu hiệu cần xem xét (cả đợt)",
    barsAre: "Dấu hiệu",
    counted: "Số xã",
    bars,
  });
}

/** A district's communes "cần xem xét" over the window, each with its reasons, and the signals' chart. */
export function integrityDistrictSection(report: IntegrityReport, chart: SafeHtml): SafeHtml {
  const flagged = report.communes.filter((c) => c.review);
  const items = flagged.map(
    (c) => html`<li><a href="/dashboard/xa/${c.code}">${c.name}</a>: ${c.reasons.join("; ")}</li>`,
  );
  return html`<section aria-labelledby="xem-xet" data-live id="xem-xet-khoi">
    <h2 id="xem-xet">Cần xem xét tính khách quan (${flagged.length})</h2>
    ${
      flagged.length > 0
        ? html`<p class="note">
              Phiếu có thể không do người dân tự trả lời. Không phiếu nào bị loại tự động.
            </p>
            <ul class="flags">
              ${items}
            </ul>`
        : html`<p>Không có xã nào có dấu hiệu cần xem xét.</p>`
    }
    ${chart}
  </section>`;
}

/**
 * A commune's days: the signals over a threshold, and the reviewer's decision with who and when; for the
 * admin, a form to decide each flagged day. Not refreshed in place (no data-live): a note being typed stays.
 */
export function integrityCommuneSection(
  commune: IntegrityCommune | undefined,
  viewer: DecisionViewer,
): SafeHtml {
  const days = commune?.days ?? [];
  const code = commune?.code ?? "";
  const items = days.map((d) => {
    const decision = d.decision
      ? html` — <strong>${INTEGRITY_VERDICT_LABELS[d.decision.decision]}</strong>: ${d.decision.note}
          (${reporterLabel(d.decision.decidedBy)}, ${momentVi(new Date(d.decision.decidedAt))})`
      : d.review
        ? html` — chưa có quyết định xem xét`
        : "";
    const reasons = d.review ? `cần xem xét: ${d.reasons.join("; ")}` : "không có dấu hiệu cần xem xét";
    return html`<li id="xem-xet-${d.date}">
      ${formatDateVi(d.date)} (${d.responses} phiếu): ${reasons}${decision} ${decisionNotice(d, viewer)}
      ${decisionForm(code, d, viewer)}
    </li>`;
  });
  const readOnly =
    !viewer.canDecide && days.some((d) => d.review || d.decision)
      ? html`<p class="note">Quyết định xem xét do quản trị tỉnh đưa ra; ở đây chỉ xem.</p>`
      : "";
  return html`<section aria-labelledby="xem-xet" id="xem-xet-khoi">
    <h2 id="xem-xet">Tính khách quan của phiếu</h2>
    ${readOnly}
    ${
      days.length > 0
        ? html`<ul class="flags">
              ${items}
            </ul>
            ${
              commune && commune.excludedResponses > 0
                ? html`<p>
                    ${commune.excludedResponses} phiếu bị loại khỏi kết quả theo quyết định xem xét.
                  </p>`
                : ""
            }`
        : html`<p>Chưa có phiếu.</p>`
    }
  </section>`;
}
