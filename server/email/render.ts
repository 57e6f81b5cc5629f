import "server-only";
import mjml2html from "mjml";

// Every Waymark email has one shape: a heading, a few short paragraphs, optional lists (the
// digest's sections), one button to the page it is about, and a footer saying why it was sent
// with an unsubscribe link. The HTML part is built with MJML (tables and inline styles that mail
// clients render alike); the plain-text part is written from the same content, not scraped
// from the HTML. All text is escaped here: titles and names are user input.

export interface EmailLink {
  label: string;
  url: string;
}

export interface EmailListItem {
  text: string;
  url?: string;
  /** A short, muted remark after the item (a date, a health, "yours"). */
  note?: string;
}

export interface EmailSection {
  title: string;
  items: EmailListItem[];
  /** How many more items there are than listed (the email stays short; the page has them all). */
  more?: number;
}

export interface EmailContent {
  /** The inbox preview line after the subject. */
  preview: string;
  heading: string;
  paragraphs?: string[];
  sections?: EmailSection[];
  action?: EmailLink;
  /** Why this person got it, e.g. "You get this because you own the goal." */
  reason: string;
  unsubscribe: EmailLink;
  preferencesUrl?: string;
}

export interface RenderedEmail {
  html: string;
  text: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text (or an attribute value) made safe inside HTML. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const COLORS = { text: "#0f172a", muted: "#64748b", accent: "#4f46e5", border: "#e2e8f0", background: "#f8fafc" };

function itemHtml(item: EmailListItem): string {
  const label = item.url
    ? `<a href="${escapeHtml(item.url)}" style="color:${COLORS.accent};text-decoration:none">${escapeHtml(item.text)}</a>`
    : escapeHtml(item.text);
  const note = item.note ? ` <span style="color:${COLORS.muted}">— ${escapeHtml(item.note)}</span>` : "";
  return `<li style="margin:0 0 6px">${label}${note}</li>`;
}

function sectionMjml(section: EmailSection): string {
  const more = section.more ? `<p style="margin:4px 0 0;color:${COLORS.muted}">and ${section.more} more</p>` : "";
  return `
      <mj-text font-size="15px" font-weight="600" padding="16px 24px 4px">${escapeHtml(section.title)}</mj-text>
      <mj-text padding="0 24px"><ul style="margin:0;padding:0 0 0 18px">${section.items.map(itemHtml).join("")}</ul>${more}</mj-text>`;
}

function toMjml(content: EmailContent): string {
  const paragraphs = (content.paragraphs ?? [])
    .map((p) => `<mj-text padding="0 24px 12px">${escapeHtml(p)}</mj-text>`)
    .join("");
  const sections = (content.sections ?? []).map(sectionMjml).join("");
  const action = content.action
    ? `<mj-button href="${escapeHtml(content.action.url)}" background-color="${COLORS.accent}" color="#ffffff" border-radius="8px" font-weight="600" align="left" padding="16px 24px 8px">${escapeHtml(content.action.label)}</mj-button>`
    : "";
  const preferences = content.preferencesUrl
    ? ` · <a href="${escapeHtml(content.preferencesUrl)}" style="color:${COLORS.muted}">Email preferences</a>`
    : "";
  return `<mjml lang="en">
  <mj-head>
    <mj-title>${escapeHtml(content.heading)}</mj-title>
    <mj-preview>${escapeHtml(content.preview)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" />
      <mj-text font-size="14px" line-height="1.5" color="${COLORS.text}" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="${COLORS.background}" width="560px">
    <mj-section padding="24px 0 8px"><mj-column>
      <mj-text font-size="15px" font-weight="700" color="${COLORS.accent}" padding="0 24px">Waymark</mj-text>
    </mj-column></mj-section>
    <mj-section background-color="#ffffff" border="1px solid ${COLORS.border}" border-radius="12px" padding="8px 0 16px"><mj-column>
      <mj-text font-size="20px" font-weight="700" line-height="1.3" padding="16px 24px 12px">${escapeHtml(content.heading)}</mj-text>
      ${paragraphs}${sections}${action}
    </mj-column></mj-section>
    <mj-section padding="12px 0 24px"><mj-column>
      <mj-text font-size="12px" color="${COLORS.muted}" padding="0 24px">${escapeHtml(content.reason)}<br /><a href="${escapeHtml(content.unsubscribe.url)}" style="color:${COLORS.muted}">${escapeHtml(content.unsubscribe.label)}</a>${preferences}</mj-text>
    </mj-column></mj-section>
  </mj-body>
</mjml>`;
}

function toText(content: EmailContent): string {
  const lines: string[] = [content.heading, ""];
  for (const p of content.paragraphs ?? []) lines.push(p, "");
  for (const section of content.sections ?? []) {
    lines.push(section.title);
    for (const item of section.items) {
      lines.push(`- ${item.text}${item.note ? ` (${item.note})` : ""}${item.url ? `\n  ${item.url}` : ""}`);
    }
    if (section.more) lines.push(`  and ${section.more} more`);
    lines.push("");
  }
  if (content.action) lines.push(`${content.action.label}: ${content.action.url}`, "");
  lines.push("--", content.reason, `${content.unsubscribe.label}: ${content.unsubscribe.url}`);
  if (content.preferencesUrl) lines.push(`Email preferences: ${content.preferencesUrl}`);
  return `${lines.join("\n")}\n`;
}

/** The HTML and plain-text parts of one email. */
export async function renderEmail(content: EmailContent): Promise<RenderedEmail> {
  // "strict": a template mistake fails loudly in tests instead of sending a broken email.
  const { html } = await mjml2html(toMjml(content), { validationLevel: "strict" });
  return { html, text: toText(content) };
}
