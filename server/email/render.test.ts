import { describe, expect, it } from "vitest";
import { escapeHtml, renderEmail } from "./render.ts";

describe("renderEmail", () => {
  it("escapes what people typed, in text and in links, and writes the same content as plain text", async () => {
    const { html, text } = await renderEmail({
      preview: "Preview <b>",
      heading: `Goal "<img src=x onerror=alert(1)>"`,
      paragraphs: ["Tom & Jerry's <script>alert(1)</script>"],
      sections: [{ title: "Due", items: [{ text: "<i>Beta</i>", url: `https://app.test/a?b=1&c="x"`, note: "Tue" }], more: 3 }],
      action: { label: "Open", url: "https://app.test/goal" },
      reason: "Because.",
      unsubscribe: { label: "Stop these emails", url: "https://app.test/unsubscribe?token=a.b" },
      preferencesUrl: "https://app.test/settings/notifications",
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<i>Beta</i>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain(`href="https://app.test/a?b=1&amp;c=&quot;x&quot;"`);
    expect(html).toContain(`href="https://app.test/unsubscribe?token=a.b"`);
    expect(text).toContain(`Goal "<img src=x onerror=alert(1)>"`);
    expect(text).toContain("- <i>Beta</i> (Tue)\n  https://app.test/a?b=1&c=\"x\"\n  and 3 more");
    expect(text).toContain("Open: https://app.test/goal");
    expect(text).toContain("Stop these emails: https://app.test/unsubscribe?token=a.b");
  });

  it("escapeHtml covers the five characters that matter", () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  });
});
