import { milestoneAnchor } from "../goals/milestone-anchor";
import { goalHref, newGoalHref, orgHref } from "../goals/paths";
import { commentPlainText } from "@/domain/mentions";

// What the command palette offers, as plain data: pages, actions, people and saved views filtered
// by what was typed, and the API's search hits. Pure, so the choice and order are unit-tested.

export type PaletteGroup = "Goals" | "Milestones" | "Comments" | "People" | "Views" | "Actions" | "Pages";

export interface PaletteItem {
  /** Unique in the list: the option's DOM id is made from it. */
  key: string;
  group: PaletteGroup;
  label: string;
  /** A second line: where it is, or what it does. */
  detail?: string;
  href: string;
  /** What typing is matched against, when not the label and detail. */
  keywords?: string;
  /** Instead of navigating: the palette switches to picking a goal to check in on. */
  mode?: "check-in";
}

export interface PaletteOrg {
  slug: string;
  name: string;
}

export interface PaletteContext {
  /** The organization the viewer is in now (its pages and people), if any. */
  current: PaletteOrg | null;
  orgs: PaletteOrg[];
  canEditGoals: boolean;
  people: { id: string; name: string; email: string }[];
  views: { id: string; name: string; shared: boolean; href: string }[];
}

type OrgRef = { slug: string; name: string };
export type SearchNode =
  | { __typename: "Goal"; id: string; title: string; organization: OrgRef }
  | { __typename: "Milestone"; id: string; title: string; goal: { id: string; title: string; organization: OrgRef } }
  | { __typename: "Comment"; id: string; body: string; milestone: { title: string } | null; goal: { id: string; title: string; organization: OrgRef } };

/** Every typed word appears in the text (case and accents aside): "set go" finds "Settings" and "Go to…". */
export function matches(text: string, query: string): boolean {
  const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const haystack = fold(text);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** The part of a comment to show: around the first typed word, on one line, about 90 characters. */
export function excerpt(body: string, query: string, width = 90): string {
  const flat = body.replace(/\s+/g, " ").trim();
  if (flat.length <= width) return flat;
  const first = query.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  const at = first ? flat.toLowerCase().indexOf(first) : -1;
  const start = at < 0 ? 0 : Math.max(0, Math.min(at - 20, flat.length - width));
  return `${start > 0 ? "…" : ""}${flat.slice(start, start + width).trim()}${start + width < flat.length ? "…" : ""}`;
}

export function staticItems(ctx: PaletteContext): PaletteItem[] {
  const items: PaletteItem[] = [];
  const org = ctx.current;
  if (org && ctx.canEditGoals) {
    items.push({ key: "action:new-goal", group: "Actions", label: "New goal", detail: `In ${org.name}`, href: newGoalHref(org.slug) });
  }
  if (org) {
    items.push({ key: "action:check-in", group: "Actions", label: "Check in on a goal…", detail: "Pick the goal, then record how it's going", href: "", mode: "check-in" });
  }
  items.push({ key: "action:my-work", group: "Actions", label: "My work", detail: "Milestones assigned to you, in every organization", href: "/my-work" });
  if (org) {
    const base = orgHref(org.slug);
    const pages: [string, string][] = [
      ["Dashboard", base],
      ["Goals", `${base}/goals`],
      ["Roadmap", `${base}/roadmap`],
      ["Activity", `${base}/activity`],
      ["Sharing", `${base}/sharing`],
      ["Members", `${base}/members`],
      ["Settings", `${base}/settings`],
    ];
    for (const [label, href] of pages) items.push({ key: `page:${href}`, group: "Pages", label, detail: org.name, href });
  }
  for (const other of ctx.orgs.filter((o) => o.slug !== org?.slug)) {
    items.push({ key: `org:${other.slug}`, group: "Pages", label: `Go to ${other.name}`, detail: "Its dashboard", href: orgHref(other.slug) });
  }
  items.push(
    { key: "page:/", group: "Pages", label: "Your organizations", href: "/" },
    { key: "page:/inbox", group: "Pages", label: "Inbox", detail: "Your notifications", keywords: "notifications bell unread", href: "/inbox" },
    { key: "page:/settings/account", group: "Pages", label: "Account settings", href: "/settings/account" },
    { key: "page:/settings/tokens", group: "Pages", label: "API tokens", href: "/settings/tokens" },
  );
  for (const view of ctx.views) {
    items.push({ key: `view:${view.id}`, group: "Views", label: view.name, detail: view.shared ? "Shared dashboard view" : "Your dashboard view", href: view.href });
  }
  if (org) {
    for (const person of ctx.people) {
      items.push({ key: `person:${person.id}`, group: "People", label: person.name, detail: `Goals ${person.name} owns`, keywords: `${person.name} ${person.email}`, href: `${orgHref(org.slug)}?owner=${encodeURIComponent(person.id)}` });
    }
  }
  return items;
}

/** A search hit as a palette item; in check-in mode only goals, leading to their check-in. */
export function hitItem(node: SearchNode, query: string, ctx: PaletteContext, mode: "jump" | "check-in"): PaletteItem | null {
  const where = (org: OrgRef) => (ctx.orgs.length > 1 ? ` · ${org.name}` : "");
  if (mode === "check-in") {
    if (node.__typename !== "Goal") return null;
    return { key: `check-in:${node.id}`, group: "Goals", label: node.title, detail: `Check in${where(node.organization)}`, href: `${goalHref(node.organization.slug, node.id)}?tab=check-ins#check-in` };
  }
  switch (node.__typename) {
    case "Goal":
      return { key: `goal:${node.id}`, group: "Goals", label: node.title, detail: `Goal${where(node.organization)}`, href: goalHref(node.organization.slug, node.id) };
    case "Milestone":
      return {
        key: `milestone:${node.id}`,
        group: "Milestones",
        label: node.title,
        detail: `Milestone of ${node.goal.title}${where(node.goal.organization)}`,
        href: `${goalHref(node.goal.organization.slug, node.goal.id)}#${milestoneAnchor(node.id)}`,
      };
    case "Comment":
      return {
        key: `comment:${node.id}`,
        group: "Comments",
        label: excerpt(commentPlainText(node.body), query),
        detail: `Comment on ${node.milestone ? node.milestone.title : node.goal.title}${where(node.goal.organization)}`,
        href: `${goalHref(node.goal.organization.slug, node.goal.id)}?tab=discussion`,
      };
  }
}

const ORDER_TYPING: PaletteGroup[] = ["Goals", "Milestones", "Comments", "People", "Views", "Actions", "Pages"];
const ORDER_EMPTY: PaletteGroup[] = ["Actions", "Views", "Pages"];
/** People and pages fill the list when nothing is typed; cut to this many per group then. */
const EMPTY_GROUP_SIZE = 8;

/** The palette's list: search hits and the matching static items, grouped in a fixed order. */
export function paletteItems(ctx: PaletteContext, query: string, hits: SearchNode[], mode: "jump" | "check-in"): PaletteItem[] {
  const typed = query.trim();
  const found = hits.flatMap((node) => hitItem(node, typed, ctx, mode) ?? []);
  if (mode === "check-in") return found;
  const statics = staticItems(ctx);
  const pool = typed ? [...found, ...statics.filter((i) => matches(i.keywords ?? `${i.label} ${i.detail ?? ""}`, typed))] : statics;
  const order = typed ? ORDER_TYPING : ORDER_EMPTY;
  return order.flatMap((group) => {
    const inGroup = pool.filter((i) => i.group === group);
    return typed ? inGroup : inGroup.slice(0, EMPTY_GROUP_SIZE);
  });
}
