/** Test members who can post in the console group; they register like anyone, with /dangky. */
export const CONSOLE_MEMBERS: readonly { id: string; name: string }[] = [
  { id: "console-member-1", name: "Thành viên thử 1" },
  { id: "console-member-2", name: "Thành viên thử 2" },
  { id: "console-member-3", name: "Thành viên thử 3" },
  { id: "console-member-4", name: "Thành viên thử 4" },
];

/** The stand-in picture a test member "posts" as a photo report. */
export const SAMPLE_PHOTO_URL = "/group/sample-photo.svg";

export const SAMPLE_PHOTO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 320 200">
<rect width="320" height="200" fill="#e8f0fe"/><rect x="110" y="40" width="100" height="100" fill="#fff" stroke="#1a73e8" stroke-width="4"/>
<path d="M125 55h25v25h-25zM170 55h25v25h-25zM125 100h25v25h-25zM170 100h10v10h-10zM185 115h10v10h-10z" fill="#1a73e8"/>
<text x="160" y="170" font-family="sans-serif" font-size="16" text-anchor="middle" fill="#333">Ảnh báo cáo (ảnh mẫu)</text></svg>`;
