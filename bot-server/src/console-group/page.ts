import { formatDateVi, localDateOf, localTimeOf } from "@pks02/shared";
import type { ConsoleMessage } from "./console-messages";
import { CONSOLE_MEMBERS } from "./test-members";

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

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f0f2f5;color:#1c1e21}
main{max-width:720px;margin:0 auto;padding:12px}h1{font-size:1.2rem;margin:8px 0}
.note{font-size:.9rem;color:#555}ul{list-style:none;padding:0}
li{background:#fff;border-radius:10px;padding:8px 10px;margin:8px 0;max-width:90%;box-shadow:0 1px 2px #0002}
li.member{margin-left:auto;background:#d8ecff}.meta{font-size:.75rem;color:#666;margin-bottom:4px}
.text{white-space:pre-wrap;word-wrap:break-word}img{max-width:100%;border-radius:6px}
form{background:#fff;border-radius:10px;padding:10px;position:sticky;bottom:0;box-shadow:0 -1px 4px #0002}
select,textarea,button{font:inherit;width:100%;box-sizing:border-box;margin:4px 0;padding:8px}
.buttons{display:flex;gap:8px}button{border:0;border-radius:8px;background:#1a73e8;color:#fff}
button.secondary{background:#5f6368}`;

/** The console group page: the conversation, and a form to post as a test member (no script needed). */
export function consoleGroupPage(messages: ConsoleMessage[], selectedMember?: string): string {
  const options = CONSOLE_MEMBERS.map(
    (m) =>
      `<option value="${m.id}"${m.id === selectedMember ? " selected" : ""}>${escapeHtml(m.name)}</option>`,
  ).join("");
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Nhóm PKS02_2024 (thử)</title><style>${STYLE}</style></head>
<body><main>
<h1>Nhóm Zalo PKS02_2024: bản thử trên máy</h1>
<p class="note">Chưa cấu hình Zalo nên bot đăng vào đây. Gửi tin với tư cách một thành viên thử để dùng các lệnh
/dangky, /luotden, /tiendo, /huongdan hoặc gửi ảnh báo cáo. <a href="/group">Tải lại</a></p>
<ul>${messages.map(messageHtml).join("\n")}</ul>
<form method="post" action="/group/messages">
<label>Gửi với tư cách <select name="member">${options}</select></label>
<textarea name="text" rows="2" maxlength="2000" placeholder="Ví dụ: /dangky 07222"></textarea>
<div class="buttons"><button type="submit" name="action" value="text">Gửi tin nhắn</button>
<button type="submit" name="action" value="photo" class="secondary">Gửi ảnh báo cáo (ảnh mẫu)</button></div>
</form>
</main></body></html>`;
}
