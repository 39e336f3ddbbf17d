import { html, raw } from "./html";

describe("html templates", () => {
  it("escapes interpolated text, so a name cannot become markup", () => {
    const name = `<script>alert("x")</script> & 'y'`;
    expect(html`<td title="${name}">${name}</td>`.text).toBe(
      '<td title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</td>',
    );
  });

  it("keeps nested templates and trusted markup, joins lists and drops empty values", () => {
    const items = ["a", "<b>"].map((t) => html`<li>${t}</li>`);
    expect(
      html`<ul>
          ${items}
        </ul>
        ${null}${undefined}${false}${raw("<svg/>")}${0}`.text.replace(/\s+/g, ""),
    ).toBe("<ul><li>a</li><li>&lt;b&gt;</li></ul><svg/>0");
  });
});
