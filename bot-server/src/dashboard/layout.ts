import { findDistrict, formatDateVi, localDateOf, localTimeOf } from "@pks02/shared";
import type { Staff } from "../auth/require-staff";
import { html, type SafeHtml } from "./html";

export type NavKey = "overview" | "district" | "visits" | "results" | "downloads";

/** What every page of a logged-in staff member shows around its content. */
export interface PageFrame {
  title: string;
  staff: Staff;
  csrfToken: string;
  active?: NavKey;
  /** When the figures were read; pages with one refresh themselves every minute. */
  updatedAt?: Date;
  /** The campaign the page is about, and the others this staff may switch to (from this page's path). */
  campaign?: CampaignBar;
}

/** The campaign line under the header: which round the figures are of, and a switch when there are others. */
export interface CampaignBar {
  current: { id: string; title: string; window: { start: string; end: string } };
  choices: readonly { id: string; title: string }[];
  returnPath: string;
}

function campaignBar(bar: CampaignBar): SafeHtml {
  const { current } = bar;
  const days = `${formatDateVi(current.window.start)} – ${formatDateVi(current.window.end)}`;
  const options = bar.choices.map(
    (c) => html`<option value="${c.id}" ${c.id === current.id ? html` selected` : ""}>${c.title}</option>`,
  );
  const form =
    bar.choices.length > 1
      ? html`<form method="get" action="/dashboard/dot-khao-sat" class="campaign-switch">
          <label for="chon-dot">Đợt khảo sát</label>
          <select id="chon-dot" name="dot">
            ${options}
          </select>
          <input type="hidden" name="tiep" value="${bar.returnPath}" />
          <button type="submit">Xem đợt này</button>
        </form>`
      : "";
  return html`<div class="campaign-bar" data-campaign="${current.id}">
    <p><strong>${current.title}</strong> · ${days}</p>
    ${form}
  </div>`;
}

/** How the staff is named on the page: "Quản trị tỉnh" or "Ban Chỉ đạo Huyện Yên Thế". */
export function staffLabel(staff: Staff): string {
  if (staff.kind === "admin") return "Quản trị tỉnh";
  return `Ban Chỉ đạo ${findDistrict(staff.districtCode)?.name ?? staff.districtCode}`;
}

/** "10:05 ngày 12/06/2024", in Vietnam's time. */
export const momentVi = (moment: Date): string =>
  `${localTimeOf(moment)} ngày ${formatDateVi(localDateOf(moment))}`;

function navItems(staff: Staff): { key: NavKey; href: string; label: string }[] {
  const home =
    staff.kind === "admin"
      ? { key: "overview" as const, href: "/dashboard", label: "Tổng quan" }
      : { key: "district" as const, href: `/dashboard/huyen/${staff.districtCode}`, label: "Huyện" };
  return [
    home,
    { key: "visits", href: "/dashboard/nhap-luot-den", label: "Nhập lượt đến" },
    { key: "results", href: "/dashboard/ket-qua", label: "Kết quả" },
    { key: "downloads", href: "/dashboard/tai-ve", label: "Tải về" },
  ];
}

function header(frame: PageFrame): SafeHtml {
  const links = navItems(frame.staff).map(
    (item) =>
      html`<li>
        <a href="${item.href}" ${item.key === frame.active ? html` aria-current="page"` : ""}
          >${item.label}</a
        >
      </li>`,
  );
  return html`<header class="top">
    <div class="brand"><a href="/dashboard">PKS02</a> <span>${staffLabel(frame.staff)}</span></div>
    <nav aria-label="Các trang">
      <ul>
        ${links}
      </ul>
    </nav>
    <form method="post" action="/dashboard/logout" class="logout">
      <input type="hidden" name="_csrf" value="${frame.csrfToken}" /><button type="submit">Đăng xuất</button>
    </form>
  </header>`;
}

/** The "last updated" line that the refresh script keeps current (announced politely to screen readers). */
function updatedLine(updatedAt: Date): SafeHtml {
  return html`<p class="updated" data-updated aria-live="polite">
    Số liệu cập nhật lúc <time datetime="${updatedAt.toISOString()}">${momentVi(updatedAt)}</time> · tự làm
    mới mỗi phút
  </p>`;
}

/** A whole HTML document around some markup. */
export function documentHtml(title: string, body: SafeHtml): string {
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>${title} · PKS02</title>
        <link rel="stylesheet" href="/dashboard/assets/dashboard.css" />
        <script src="/dashboard/assets/dashboard.js" defer></script>
      </head>
      <body>
        ${body}
      </body>
    </html>`.text;
}

/** A staff page: skip link, header with navigation and logout, the content, and its "last updated" line. */
export function staffPage(frame: PageFrame, content: SafeHtml): string {
  const refresh = frame.updatedAt ? html` data-refresh="60"` : "";
  return documentHtml(
    frame.title,
    html`<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
      ${header(frame)} ${frame.campaign ? campaignBar(frame.campaign) : ""}
      <main id="noi-dung" tabindex="-1" ${refresh}>
        <h1>${frame.title}</h1>
        ${frame.updatedAt ? updatedLine(frame.updatedAt) : ""} ${content}
      </main>`,
  );
}
