import { formatDateVi, localTimeOf } from "@pks02/shared";
import type { CommuneMember, CommunePhoto } from "./commune-records";
import { html, type SafeHtml } from "./html";
import { momentVi } from "./layout";

// Only web addresses (or our own paths) become links and images: never a javascript: or data: address.
const isWebAddress = (url: string) => /^(https?:\/\/|\/(?!\/))/i.test(url);

/** "Thành viên 2": members are known by a keyed hash only, so they are numbered in order of registration. */
function memberNumbers(members: readonly CommuneMember[]): Map<string, number> {
  return new Map(members.map((m, i) => [m.memberKey, i + 1]));
}

const memberName = (numbers: Map<string, number>, key: string) =>
  numbers.has(key) ? `Thành viên ${numbers.get(key)}` : "Thành viên đã rời nhóm hoặc chuyển xã";

/** The photo reports as thumbnails, newest first, each linking to the full image. */
export function photosSection(photos: readonly CommunePhoto[], members: readonly CommuneMember[]): SafeHtml {
  const numbers = memberNumbers(members);
  const items = photos
    .filter((p) => isWebAddress(p.imageUrl))
    .map((p) => {
      const when = `ngày ${formatDateVi(p.surveyDay)}, gửi lúc ${localTimeOf(p.receivedAt)}`;
      const thumbnail = p.thumbnailUrl && isWebAddress(p.thumbnailUrl) ? p.thumbnailUrl : p.imageUrl;
      return html`<li>
        <a href="${p.imageUrl}"
          ><img src="${thumbnail}" alt="Ảnh báo cáo ${when}" loading="lazy" width="140" height="120"
        /></a>
        <span
          >${formatDateVi(p.surveyDay)} ${localTimeOf(p.receivedAt)} ·
          ${memberName(numbers, p.memberKey)}</span
        >
      </li>`;
    });
  return html`<section aria-labelledby="anh-bao-cao" data-live id="anh-bao-cao-khoi">
    <h2 id="anh-bao-cao">Ảnh báo cáo (${photos.length})</h2>
    ${
      items.length > 0
        ? html`<ul class="photos">
            ${items}
          </ul>`
        : html`<p>Chưa có ảnh báo cáo nào trong nhóm Zalo.</p>`
    }
  </section>`;
}

/** The task team registered in the Zalo group for this commune. */
export function membersSection(members: readonly CommuneMember[]): SafeHtml {
  const items = members.map(
    (m, i) => html`<li>Thành viên ${i + 1}: đăng ký lúc ${momentVi(m.registeredAt)}</li>`,
  );
  return html`<section aria-labelledby="to-cong-tac">
    <h2 id="to-cong-tac">Tổ công tác đã đăng ký trong nhóm Zalo (${members.length})</h2>
    ${
      members.length > 0
        ? html`<ul>
            ${items}
          </ul>`
        : html`<p>Chưa có thành viên nào đăng ký cho xã này (lệnh /dangky trong nhóm).</p>`
    }
    <p class="note">
      Thành viên chỉ được biết qua mã băm của tài khoản Zalo, nên được đánh số theo thứ tự đăng ký, không ghi
      tên.
    </p>
  </section>`;
}
