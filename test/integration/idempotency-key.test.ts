import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { POST } from "../../app/api/graphql/route.ts";
import { createGoal, createOrg } from "../../prisma/factories.ts";
import { authSecret } from "../../server/auth/secret.ts";
import { viewerForUser } from "../../server/auth/viewer.ts";
import { addComment } from "../../server/comments/comments.ts";
import { prisma } from "../../server/db.ts";
import { writeTransaction } from "../../server/db/write-transaction.ts";
import { runWithClaim } from "../../server/idempotency/scope.ts";
import { claimKey, deleteExpiredKeys } from "../../server/idempotency/store.ts";
import { requestHash } from "../../graphql/idempotency.ts";
import { gid } from "../helpers/graphql.ts";

const url = "http://localhost:3000/api/graphql";
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id body } } }`;
const CHECK_IN = `mutation($goalId: ID!, $note: String) { createCheckIn(input: { goalId: $goalId, confidence: ON_TRACK, note: $note }) { checkIn { id note } } }`;

async function cookieFor(userId: string) {
  return `next-auth.session-token=${await encode({ token: { sub: userId }, secret: authSecret()! })}`;
}

async function post(cookie: string, body: unknown, key?: string) {
  const res = await POST(
    new NextRequest(url, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", cookie, ...(key === undefined ? {} : { "idempotency-key": key }) },
    }),
  );
  return { status: res.status, replayed: res.headers.get("idempotent-replayed"), text: await res.text() };
}

async function setup() {
  const { org, owner } = await createOrg();
  const goal = await createGoal(org, owner);
  const cookie = await cookieFor(owner.id);
  const checkIns = () => prisma().checkIn.count({ where: { goalId: goal.id } });
  const checkIn = (key?: string, note = "first") => post(cookie, { query: CHECK_IN, variables: { goalId: gid("Goal", goal.id), note } }, key);
  return { owner, goal, cookie, checkIns, checkIn };
}

const newKey = () => crypto.randomUUID();

describe("Idempotency-Key", () => {
  it("a replay answers the first answer, status and body, without writing again", async () => {
    const { checkIn, checkIns } = await setup();
    const key = newKey();
    const first = await checkIn(key);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text).data.createCheckIn.checkIn.note).toBe("first");
    const again = await checkIn(key);
    expect(again).toEqual({ ...first, replayed: "true" });
    expect(await checkIns()).toBe(1);
    // Without a key, or with another, it is a new action.
    await checkIn();
    await checkIn(newKey());
    expect(await checkIns()).toBe(3);
  });

  it("accepts the structured-field form of the header (a quoted string)", async () => {
    const { checkIn, checkIns } = await setup();
    const key = newKey();
    await checkIn(`"${key}"`);
    expect((await checkIn(key)).replayed).toBe("true");
    expect(await checkIns()).toBe(1);
  });

  it("the same key with another request answers 422 IDEMPOTENCY_KEY_REUSED and writes nothing", async () => {
    const { checkIn, checkIns } = await setup();
    const key = newKey();
    await checkIn(key, "first");
    const other = await checkIn(key, "second");
    expect(other.status).toBe(422);
    expect(JSON.parse(other.text).errors[0].extensions.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(await checkIns()).toBe(1);
  });

  it("concurrent requests with one key write once, and all answer the first answer", async () => {
    const { checkIn, checkIns } = await setup();
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 10 }, () => checkIn(key)));
    expect(await checkIns()).toBe(1);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.filter((a) => a.replayed === null)).toHaveLength(1);
  });

  it("a key is per principal: another user's same key is their own action", async () => {
    const { goal, checkIn, checkIns } = await setup();
    const key = newKey();
    await checkIn(key);
    const other = await createOrg();
    await prisma().membership.create({ data: { organizationId: goal.organizationId, userId: other.owner.id, role: "MEMBER" } });
    const theirs = await post(await cookieFor(other.owner.id), { query: CHECK_IN, variables: { goalId: gid("Goal", goal.id), note: "first" } }, key);
    expect(theirs.replayed).toBeNull();
    expect(await checkIns()).toBe(2);
  });

  it("refuses a malformed key with 400 and runs nothing", async () => {
    const { checkIn, checkIns } = await setup();
    for (const bad of ["", "has space", "x".repeat(256), 'quo"te', "ünïcode"]) {
      const res = await checkIn(bad);
      expect(res.status, bad).toBe(400);
      expect(JSON.parse(res.text).errors[0]).toMatchObject({ extensions: { code: "BAD_REQUEST" }, message: expect.stringContaining("Idempotency-Key") });
    }
    expect(await checkIns()).toBe(0);
  });

  it("queries ignore the header: nothing is stored", async () => {
    const { owner, cookie } = await setup();
    const key = newKey();
    const res = await post(cookie, { query: "{ me { name } }" }, key);
    expect(res.status).toBe(200);
    expect(await prisma().idempotencyKey.count({ where: { principal: `user:${owner.id}`, key } })).toBe(0);
  });

  it("a clean refusal is the answer kept for its key (a new attempt is a new action)", async () => {
    const { goal, checkIn, checkIns } = await setup();
    const key = newKey();
    await prisma().goal.update({ where: { id: goal.id }, data: { closedAt: new Date() } });
    const refused = await checkIn(key);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe("CONFLICT");
    await prisma().goal.update({ where: { id: goal.id }, data: { closedAt: null } });
    expect((await checkIn(key)).replayed).toBe("true");
    expect(await checkIns()).toBe(0);
  });

  it("after a crash: a write whose answer was lost is never made twice; an attempt that wrote nothing is taken over", async () => {
    const { owner, goal, checkIn, checkIns } = await setup();
    const principal = `user:${owner.id}`;
    const body = { query: CHECK_IN, variables: { goalId: gid("Goal", goal.id), note: "first" } };
    const hash = requestHash(body);

    // Attempt 1 commits its write (marking the key applied in the same commit), then "crashes" before storing its answer.
    const lostKey = newKey();
    const claimed = await claimKey(principal, lostKey, hash);
    expect(claimed.kind).toBe("claimed");
    if (claimed.kind !== "claimed") return;
    await runWithClaim(claimed.claim, () => writeTransaction((tx) => tx.checkIn.create({ data: { organizationId: goal.organizationId, goalId: goal.id, authorId: owner.id, confidence: "ON_TRACK" } })));
    // While its lease runs, a retry waits; once it is over, the answer is known to be lost.
    await prisma().idempotencyKey.update({ where: { id: claimed.claim.id }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    const retry = await checkIn(lostKey);
    expect(retry.status).toBe(409);
    expect(JSON.parse(retry.text).errors[0].extensions.code).toBe("IDEMPOTENCY_ANSWER_LOST");
    expect(await checkIns()).toBe(1);

    // Attempt 1 of another key died before writing: once its lease is over, the retry runs it.
    const deadKey = newKey();
    const dead = await claimKey(principal, deadKey, hash);
    if (dead.kind !== "claimed") throw new Error("expected a claim");
    await prisma().idempotencyKey.update({ where: { id: dead.claim.id }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    const takeover = await checkIn(deadKey);
    expect(JSON.parse(takeover.text).data.createCheckIn.checkIn.note).toBe("first");
    expect(await checkIns()).toBe(2);
    // The dead attempt, were it still running, could not write any more.
    await expect(runWithClaim(dead.claim, () => writeTransaction((tx) => tx.checkIn.count()))).rejects.toThrow(/newer attempt/);
  });

  it("not only goal writes: addComment replayed with the same key writes once, also when a crash lost its first answer", async () => {
    const { owner, goal, cookie } = await setup();
    const comments = () => prisma().comment.count({ where: { goalId: goal.id } });
    const body = { query: ADD_COMMENT, variables: { input: { goalId: gid("Goal", goal.id), body: "Same words" } } };

    const key = newKey();
    const first = await post(cookie, body, key);
    expect(JSON.parse(first.text).data.addComment.comment.body).toBe("Same words");
    expect(await post(cookie, body, key)).toEqual({ ...first, replayed: "true" });
    expect(await comments()).toBe(1);

    // The comment commits with the key marked applied; the answer is then lost (a crash). Once
    // the lease is over, the retry is told so instead of commenting a second time.
    const lostKey = newKey();
    const claimed = await claimKey(`user:${owner.id}`, lostKey, requestHash(body));
    if (claimed.kind !== "claimed") throw new Error("expected a claim");
    await runWithClaim(claimed.claim, async () => addComment(await viewerForUser(owner.id), { goalId: goal.id, body: "Same words" }));
    expect((await prisma().idempotencyKey.findUniqueOrThrow({ where: { id: claimed.claim.id } })).appliedAt).not.toBeNull();
    await prisma().idempotencyKey.update({ where: { id: claimed.claim.id }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    const retry = await post(cookie, body, lostKey);
    expect(retry.status).toBe(409);
    expect(JSON.parse(retry.text).errors[0].extensions.code).toBe("IDEMPOTENCY_ANSWER_LOST");
    expect(await comments()).toBe(2);
  });

  it("keys expire after 24 hours: cleaned up, and the key may be used again", async () => {
    const { owner, checkIn, checkIns } = await setup();
    const key = newKey();
    await checkIn(key);
    const where = { principal: `user:${owner.id}`, key };
    const row = await prisma().idempotencyKey.findFirstOrThrow({ where });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(24 * 3600_000, -4);
    await prisma().idempotencyKey.updateMany({ where, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await checkIn(key)).replayed).toBeNull();
    expect(await checkIns()).toBe(2);
    await prisma().idempotencyKey.updateMany({ where, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await deleteExpiredKeys()).toBeGreaterThanOrEqual(1);
    expect(await prisma().idempotencyKey.count({ where })).toBe(0);
  });
});
