import { describe, expect, it } from "vitest";
import { createComment, createGoal, createMember, createOrg } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import type { NotificationEvent } from "../../server/notifications/events.ts";
import { notifyTask } from "../../server/notifications/tasks.ts";
import { gid, run } from "../helpers/graphql.ts";
import { countStatements } from "../helpers/statements.ts";

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id body mentions { id name } } } }`;
const COMMENTS = `query($id: ID!) { goal(id: $id) { comments(first: 50) { edges { node { id body author { name } mentions { id name } } } } } }`;

const token = (user: { id: string }, label = "Someone") => `@[${label}](user:${user.id})`;

/** The notify jobs queued for one organization (graphile-worker on PostgreSQL, the local queue on PGlite). */
async function notifyJobs(organizationId: string): Promise<NotificationEvent[]> {
  const rows = process.env.DATABASE_URL
    ? await prisma().$queryRaw<{ payload: NotificationEvent }[]>`
        SELECT j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
        WHERE t.identifier = 'notify' ORDER BY j.id`
    : await prisma().$queryRaw<{ payload: NotificationEvent }[]>`SELECT payload FROM waymark_jobs.job WHERE task = 'notify' ORDER BY id`;
  return rows.map((r) => r.payload).filter((e) => e.organizationId === organizationId);
}

async function team() {
  const { org, owner } = await createOrg();
  const author = await createMember(org, "MEMBER");
  const dana = await createMember(org, "MEMBER");
  const pat = await createMember(org, "STAKEHOLDER");
  const { owner: outsider } = await createOrg();
  await prisma().user.update({ where: { id: dana.id }, data: { name: "Dana Lee" } });
  await prisma().user.update({ where: { id: outsider.id }, data: { name: "Olga Outside" } });
  const goal = await createGoal(org, owner, { title: "Launch" });
  return { org, owner, author, dana, pat, outsider, goal };
}

describe("mentions", () => {
  it("notifies the mentioned members once, and nobody outside the organization", async () => {
    const { org, author, dana, pat, outsider, goal } = await team();
    const body = `${token(dana, "Dana")} and ${token(pat, "Pat")}, see ${token(outsider, "Olga")} ${token({ id: "nobody" })} ${token(author)} ${token(dana, "Dana again")}`;
    const result = await run(author.id, ADD, { input: { goalId: gid("Goal", goal.id), body } });
    expect(result.errors).toBeUndefined();
    const comment = result.data.addComment.comment;
    expect(comment.body).toBe(body);
    // Only members of the organization are people; the author mentioning themself is shown, not notified.
    expect(comment.mentions.map((u: { id: string }) => u.id)).toEqual([gid("User", dana.id), gid("User", pat.id), gid("User", author.id)]);

    const about = { organizationId: org.id, actorId: author.id, goalId: goal.id, milestoneId: null, commentId: expect.any(String) };
    expect(await notifyJobs(org.id)).toEqual([
      { type: "COMMENTED", ...about, mentionedUserIds: [dana.id, pat.id] },
      { type: "MENTIONED", ...about, recipientIds: [dana.id, pat.id] },
    ]);
    expect(await notifyJobs(org.id).then((jobs) => jobs.every((j) => "commentId" in j && j.commentId === idOf(comment.id)))).toBe(true);
  });

  it("tells the mentioned person in their inbox, quoting the comment with the mention as a name", async () => {
    const { org, author, dana, goal } = await team();
    await run(author.id, ADD, { input: { goalId: gid("Goal", goal.id), body: `Ping ${token(dana, "Dana Lee")} about it` } });
    for (const event of await notifyJobs(org.id)) await notifyTask(event);
    const inbox = await prisma().notification.findMany({ where: { recipientId: dana.id }, select: { kind: true, data: true } });
    expect(inbox).toEqual([{ kind: "MENTIONED", data: expect.objectContaining({ excerpt: "Ping @Dana Lee about it" }) }]);
  });

  it("queues only the comment event when nobody is mentioned", async () => {
    const { org, author, goal } = await team();
    const result = await run(author.id, ADD, { input: { goalId: gid("Goal", goal.id), body: "No names here, just https://example.com" } });
    expect(result.data.addComment.comment.mentions).toEqual([]);
    expect((await notifyJobs(org.id)).map((e) => [e.type, "mentionedUserIds" in e ? e.mentionedUserIds : null])).toEqual([["COMMENTED", []]]);
  });

  it("queues nothing when the comment is refused", async () => {
    const { org, outsider, dana, goal } = await team();
    await run(outsider.id, ADD, { input: { goalId: gid("Goal", goal.id), body: token(dana) } });
    expect(await notifyJobs(org.id)).toEqual([]);
  });

  it("shows each person's current name, and plain text once they leave", async () => {
    const { org, author, dana, goal } = await team();
    await createComment({ goalId: goal.id, organizationId: org.id }, author, `Thanks ${token(dana, "Dana Lee")}!`);
    await prisma().user.update({ where: { id: dana.id }, data: { name: "Dana Lee-Park" } });
    const renamed = await run(author.id, COMMENTS, { id: gid("Goal", goal.id) });
    expect(renamed.data.goal.comments.edges[0].node.mentions).toEqual([{ id: gid("User", dana.id), name: "Dana Lee-Park" }]);

    await prisma().membership.deleteMany({ where: { organizationId: org.id, userId: dana.id } });
    const gone = await run(author.id, COMMENTS, { id: gid("Goal", goal.id) });
    expect(gone.data.goal.comments.edges[0].node.mentions).toEqual([]);
  });

  it("resolves the mentions of a whole discussion in the same number of statements, whatever its length", async () => {
    const count = async (comments: number) => {
      const { org, author, dana, pat, goal } = await team();
      for (let i = 0; i < comments; i++) {
        await createComment({ goalId: goal.id, organizationId: org.id }, author, `${token(i % 2 ? dana : pat)} #${i}`);
      }
      return (await countStatements(() => run(author.id, COMMENTS, { id: gid("Goal", goal.id) }))).count;
    };
    expect(await count(20)).toBe(await count(2));
  });
});

const idOf = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1];
