import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/orgs/[slug]/export/route.ts";
import { createGoal, createMember, createMilestone, createOrg, planMilestone, refreshProgress, setParent } from "../../prisma/factories.ts";
import { authSecret } from "../../server/auth/secret.ts";
import { plusDays } from "../../domain/calendar.ts";
import { CSV_COLUMNS } from "../../server/export/goals-csv.ts";
import { todayIn } from "../../domain/dates.ts";
import { prisma } from "../../server/db.ts";
import { countStatements } from "../helpers/statements.ts";
import { run } from "../helpers/graphql.ts";

async function sessionCookie(userId: string) {
  const token = await encode({ token: { sub: userId }, secret: authSecret()! });
  return `next-auth.session-token=${token}`;
}

function exportCsv(slug: string, headers: Record<string, string> = {}) {
  const req = new NextRequest(`http://localhost:3000/api/orgs/${slug}/export`, { headers });
  return GET(req, { params: Promise.resolve({ slug }) });
}

/** A minimal RFC 4180 reader, to check the file the way a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += c;
  }
  return rows;
}

describe("GET /api/orgs/[slug]/export", () => {
  it("exports goals and milestones as an escaped CSV attachment for members", async () => {
    const { org, owner } = await createOrg(undefined, { timeZone: "Europe/Paris" });
    const stakeholder = await createMember(org, "STAKEHOLDER");
    await prisma().user.update({ where: { id: owner.id }, data: { name: "Dana, \"the\" owner" } });
    const today = todayIn("Europe/Paris");
    const parent = await createGoal(org, owner, { title: "Company", startDate: plusDays(today, -10), targetDate: plusDays(today, 300) });
    const goal = await createGoal(org, owner, {
      title: "=HYPERLINK(\"http://evil.example\")",
      startDate: plusDays(today, -50),
      targetDate: plusDays(today, 50),
    });
    await setParent(goal, parent);
    await createMilestone(goal, { title: "Line one\nline two", status: "DONE", dueDate: plusDays(today, -20) });
    const late = await createMilestone(goal, { title: "-5 bugs", dueDate: plusDays(today, -1) });
    await prisma().milestone.update({
      where: { id: late.id },
      data: { baselineDueDate: new Date(`${plusDays(today, -8)}T00:00:00Z`), slipCount: 2 },
    });
    await planMilestone(late, { ownerId: stakeholder.id });
    const helper = await createMember(org, "MEMBER");
    await prisma().user.update({ where: { id: helper.id }, data: { name: "Helper One" } });
    for (const userId of [owner.id, helper.id]) {
      await prisma().assignment.create({ data: { milestoneId: late.id, userId, organizationId: org.id } });
    }
    await refreshProgress(goal);
    const closed = await createGoal(org, owner, { title: "Closed one", targetDate: plusDays(today, 400) });
    await prisma().goal.update({ where: { id: closed.id }, data: { closedAt: new Date(), outcome: "PARTIALLY_ACHIEVED" } });
    const archived = await createGoal(org, owner, { title: "Archived one" });
    await prisma().goal.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const res = await exportCsv(org.slug, { cookie: await sessionCookie(stakeholder.id) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${org.slug}-goals-${today}.csv"`);
    expect(res.headers.get("cache-control")).toContain("no-store");

    const bytes = new Uint8Array(await res.arrayBuffer());
    // UTF-8 byte-order mark, so spreadsheet apps read names with accents right; text() drops it.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder().decode(bytes);
    const rows = parseCsv(body);
    const stakeholderName = (await prisma().user.findUniqueOrThrow({ where: { id: stakeholder.id } })).name;
    expect(rows).toEqual([
      [...CSV_COLUMNS],
      ["Goal", "'=HYPERLINK(\"http://evil.example\")", "", "Dana, \"the\" owner", "", "Open", "50%", "50%", "At risk", plusDays(today, -50), plusDays(today, 50), "", "", "Company"],
      ["Milestone", "'=HYPERLINK(\"http://evil.example\")", "Line one\nline two", "", "", "Done", "100%", "", "", "", plusDays(today, -20), plusDays(today, -20), "0", ""],
      ["Milestone", "'=HYPERLINK(\"http://evil.example\")", "'-5 bugs", stakeholderName, "Dana, \"the\" owner; Helper One", "Missed", "0%", "", "", "", plusDays(today, -1), plusDays(today, -8), "2", ""],
      ["Goal", "Company", "", "Dana, \"the\" owner", "", "Open", expect.any(String), expect.any(String), expect.any(String), plusDays(today, -10), plusDays(today, 300), "", "", ""],
      ["Goal", "Closed one", "", "Dana, \"the\" owner", "", "Partially achieved", "0%", "", "", "2026-01-01", plusDays(today, 400), "", "", ""],
    ]);
    expect(body).not.toContain("Archived one");
    expect(body).not.toContain("@");
  });

  it("answers 404 to a non-member and for an unknown slug, 401 without credentials", async () => {
    const { org } = await createOrg();
    const { owner: stranger } = await createOrg();
    const cookie = await sessionCookie(stranger.id);
    expect((await exportCsv(org.slug, { cookie })).status).toBe(404);
    expect((await exportCsv("no-such-org", { cookie })).status).toBe(404);
    expect((await exportCsv(org.slug)).status).toBe(401);
    expect((await exportCsv(org.slug, { authorization: "Bearer wmk_not-a-token" })).status).toBe(401);
  });

  it("accepts an API token, as the GraphQL endpoint does", async () => {
    const { org, owner } = await createOrg();
    await createGoal(org, owner, { title: "Token goal" });
    const created = await run(owner.id, `mutation { createApiToken(input: { name: "export" }) { token } }`);
    // API tokens can only be created from a session; run() acts as one.
    const token = created.data.createApiToken.token as string;
    const res = await exportCsv(org.slug.toUpperCase(), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Token goal");
  });

  it("costs the same number of SQL statements for 3 goals as for 30", async () => {
    async function statementsFor(goals: number) {
      const { org, owner } = await createOrg();
      for (let i = 0; i < goals; i++) {
        const goal = await createGoal(org, owner);
        await createMilestone(goal);
        await createMilestone(goal);
      }
      const cookie = await sessionCookie(owner.id);
      const { result, count } = await countStatements(async () => (await exportCsv(org.slug, { cookie })).text());
      expect(parseCsv(result)).toHaveLength(1 + goals * 3);
      return count;
    }
    expect(await statementsFor(30)).toBe(await statementsFor(3));
  });
});
