import { formatDateVi, localDateOf, localTimeOf } from "@pks02/shared";
import type { ConsoleMessage } from "./console-messages";

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** "27/11/2026 04:24", in Vietnam's time. */
const timeOf = (moment: Date) => `${formatDateVi(localDateOf(moment))} ${localTimeOf(moment)}`;

function messageHtml(m: ConsoleMessage): string {
  const image = m.hasImageData
    ? `<img src="/group/images/${m.id}" alt="Ảnh">`
    : m.imageUrl
      ? `<img src="${escapeHtml(m.imageUrl)}" alt="Ảnh">`
      : "";
  return `<li class="${m.fromBot ? "bot" : "member"}"><div class="meta">${escapeHtml(m.author)} · ${timeOf(m.createdAt)}</div>${image}${m.text ? `<div class="text">${escapeHtml(m.text)}</div>` : ""}</li>`;
}

// The conversation scrolls inside a column-reverse list, which browsers open at its end: the latest
// messages (and the reply to what was just posted) show first without any script.
const STYLE = `html,body{height:100%}body{font-family:system-ui,sans-serif;margin:0;background:#f0f2f5;color:#1c1e21}
main{max-width:720px;margin:0 auto;padding:0 12px;height:100%;box-sizing:border-box;display:flex;flex-direction:column}
h1{font-size:1.1rem;margin:8px 0 4px}.note{font-size:.85rem;color:#555;margin:0 0 4px}
ul{list-style:none;padding:0;margin:0;flex:1;min-height:0;overflow-y:auto;display:flex;flex-direction:column-reverse}
li{flex:none;background:#fff;border-radius:10px;padding:8px 10px;margin:6px 0;max-width:90%;box-shadow:0 1px 2px #0002}
li.member{margin-left:auto;background:#d8ecff}.meta{font-size:.75rem;color:#666;margin-bottom:4px}
.text{white-space:pre-wrap;overflow-wrap:anywhere}img{max-width:100%;border-radius:6px}
form{flex:none;background:#fff;border-radius:10px 10px 0 0;padding:8px 10px;box-shadow:0 -1px 4px #0002}
select,textarea,button{font:inherit;width:100%;box-sizing:border-box;margin:3px 0;padding:8px}
.buttons{display:flex;gap:8px}button{border:0;border-radius:8px;background:#1a73e8;color:#fff}
button.secondary{background:#5f6368}`;

/** A test member in the sender list, with what they registered for ("Xã Song Mai"), if anything. */
export interface ConsoleMemberOption {
  id: string;
  name: string;
  registration?: string;
}

/** One group the console shows: the province group, or a district's own group. */
export interface ConsoleGroupTab {
  scope: string;
  name: string;
}

/** Links to each group (shown when there is more than one), the current one in bold. */
function groupTabs(view: { groups: readonly ConsoleGroupTab[]; current: string }): string {
  if (view.groups.length < 2) return "";
  const tabs = view.groups.map((g) =>
    g.scope === view.current
      ? `<strong>${escapeHtml(g.name)}</strong>`
      : `<a href="/group?group=${g.scope}">${escapeHtml(g.name)}</a>`,
  );
  return `<nav class="note" aria-label="Các nhóm">${tabs.join(" · ")}</nav>`;
}

/** The console group page: one group's conversation, and a form to post in it as a test member (no script). */
export function consoleGroupPage(
  messages: ConsoleMessage[],
  members: readonly ConsoleMemberOption[],
  selectedMember?: string,
  view: { groups: readonly ConsoleGroupTab[]; current: string } = { groups: [], current: "province" },
): string {
  const title = view.groups.find((g) => g.scope === view.current)?.name;
  const options = members
    .map((m) => {
      const label = `${m.name}: ${m.registration ?? "chưa đăng ký"}`;
      return `<option value="${m.id}"${m.id === selectedMember ? " selected" : ""}>${escapeHtml(label)}</option>`;
    })
    .join("");
  const newestFirst = [...messages].reverse().map(messageHtml).join("\n");
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Nhóm PKS02_2024 (thử)</title><style>${STYLE}</style></head>
<body><main>
<h1>Nhóm Zalo PKS02_2024: bản thử trên máy</h1>
<p class="note">Chưa cấu hình Zalo nên bot đăng vào đây. Gửi tin với tư cách thành viên thử (/dangky, /luotden,
/tiendo, /huongdan) hoặc gửi ảnh báo cáo. Mã đăng ký của từng xã, huyện: GET /api/admin/registration-codes
(Authorization: Bearer &lt;mã quản trị&gt;). <a href="/group">Tải lại</a></p>
${groupTabs(view)}${title && view.groups.length > 1 ? `<h2 class="note">${escapeHtml(title)}</h2>` : ""}
<ul aria-label="Tin nhắn trong nhóm, mới nhất trước">${newestFirst}</ul>
<form method="post" action="/group/messages"><input type="hidden" name="group" value="${escapeHtml(view.current)}">
<label>Gửi với tư cách <select name="member">${options}</select></label>
<textarea name="text" rows="2" maxlength="2000" placeholder="Ví dụ: /dangky 07222 <mã đăng ký>"></textarea>
<div class="buttons"><button type="submit" name="action" value="text">Gửi tin nhắn</button>
<button type="submit" name="action" value="photo" class="secondary">Gửi ảnh báo cáo (ảnh mẫu)</button></div>
</form>
</main></body></html>`;
}
