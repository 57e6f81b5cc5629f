import { describe, expect, it } from "vitest";
import { excerpt, matches, type PaletteContext, paletteItems, type SearchNode } from "./palette-items";

const ctx: PaletteContext = {
  current: { slug: "acme", name: "Acme" },
  orgs: [{ slug: "acme", name: "Acme" }],
  canEditGoals: true,
  people: [{ id: "VXNlcjox", name: "Priya Patel", email: "priya@waymark.test" }],
  views: [{ id: "v1", name: "At risk", shared: true, href: "/o/acme?health=AT_RISK" }],
};
const goal: SearchNode = { __typename: "Goal", id: "R29hbDox", title: "Launch the rocket", organization: { slug: "acme", name: "Acme" } };
const comment: SearchNode = {
  __typename: "Comment",
  id: "Q29tbWVudDox",
  body: "The launch window opens next week",
  milestone: null,
  goal: { id: "R29hbDox", title: "Launch the rocket", organization: { slug: "acme", name: "Acme" } },
};

describe("paletteItems", () => {
  it("offers actions, views and pages before anything is typed", () => {
    const items = paletteItems(ctx, "", [], "jump");
    expect(items.map((i) => i.label).slice(0, 3)).toEqual(["New goal", "Check in on a goal…", "My work"]);
    expect(items.some((i) => i.group === "Views" && i.href === "/o/acme?health=AT_RISK")).toBe(true);
    expect(items.some((i) => i.group === "People")).toBe(false);
  });

  it("puts search hits first, then people, pages and actions that match every typed word", () => {
    const items = paletteItems(ctx, "launch", [goal, comment], "jump");
    expect(items.map((i) => [i.group, i.href])).toEqual([
      ["Goals", "/o/acme/goals/R29hbDox"],
      ["Comments", "/o/acme/goals/R29hbDox?tab=discussion"],
    ]);
    expect(paletteItems(ctx, "priya@", [], "jump").map((i) => i.href)).toEqual(["/o/acme?owner=VXNlcjox"]);
    expect(paletteItems(ctx, "sett", [], "jump").map((i) => i.label)).toEqual(["Settings", "Account settings"]);
  });

  it("leaves out New goal for people who cannot edit goals", () => {
    expect(paletteItems({ ...ctx, canEditGoals: false }, "new goal", [], "jump")).toEqual([]);
  });

  it("in check-in mode lists only goals, leading to their check-in", () => {
    expect(paletteItems(ctx, "launch", [goal, comment], "check-in").map((i) => i.href)).toEqual(["/o/acme/goals/R29hbDox?tab=check-ins#check-in"]);
  });
});

describe("matches and excerpt", () => {
  it("matches every word, ignoring case and accents", () => {
    expect(matches("Café roadmap", "cafe ROAD")).toBe(true);
    expect(matches("Roadmap", "road goals")).toBe(false);
  });

  it("cuts a long comment around the first typed word", () => {
    const body = `${"a ".repeat(80)}the launch is moved ${"b ".repeat(80)}`;
    const text = excerpt(body, "launch");
    expect(text).toContain("launch");
    expect(text.startsWith("…")).toBe(true);
    expect(text.length).toBeLessThanOrEqual(92);
  });
});
