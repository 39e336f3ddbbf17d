import {
  INTEGRITY_VERDICT_LABELS,
  formatDateVi,
  type IntegrityCommune,
  type IntegrityReport,
} from "@pks02/shared";
import { html, type SafeHtml } from "./html";
import { reporterLabel } from "./reporter-label";
import { momentVi } from "./layout";

/** A district's communes "cần xem xét" over the window, each with its reasons. */
export function integrityDistrictSection(report: IntegrityReport): SafeHtml {
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
  </section>`;
}

/** A commune's days: the signals over a threshold, and the reviewer's decision with who and when. */
export function integrityCommuneSection(commune: IntegrityCommune | undefined): SafeHtml {
  const days = commune?.days ?? [];
  const items = days.map((d) => {
    const decision = d.decision
      ? html` — <strong>${INTEGRITY_VERDICT_LABELS[d.decision.decision]}</strong>: ${d.decision.note}
          (${reporterLabel(d.decision.decidedBy)}, ${momentVi(new Date(d.decision.decidedAt))})`
      : d.review
        ? html` — chưa có quyết định xem xét`
        : "";
    const reasons = d.review ? `cần xem xét: ${d.reasons.join("; ")}` : "không có dấu hiệu cần xem xét";
    return html`<li>${formatDateVi(d.date)} (${d.responses} phiếu): ${reasons}${decision}</li>`;
  });
  return html`<section aria-labelledby="xem-xet" data-live id="xem-xet-khoi">
    <h2 id="xem-xet">Tính khách quan của phiếu</h2>
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
