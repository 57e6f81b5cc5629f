import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createHash } from "node:crypto";
import { addMember, createGoal, createMember, createMilestone, createOrg, createUser, assign } from "../../prisma/factories.ts";
import { POST as oneClick } from "../../app/unsubscribe/one-click/route.ts";
import { prisma } from "../../server/db.ts";
import { resetEnvCache } from "../../server/env.ts";
import { MAX_SEND_ATTEMPTS } from "../../server/email/send.ts";
import { sendDigestTask, sendEmailTask } from "../../server/email/tasks.ts";
import { unsubscribeState } from "../../server/email/unsubscribe.ts";
import { verifyUnsubscribeToken } from "../../server/email/unsubscribe-token.ts";
import { deliver } from "../../server/notifications/deliver.ts";
import { NOTIFICATION_KINDS } from "../../domain/notifications/preferences.ts";
import { codes, gid, run } from "../helpers/graphql.ts";
import { countStatements } from "../helpers/statements.ts";
import { type CapturedMail, type SmtpCapture, startSmtpCapture } from "./email-smtp-capture.ts";

const ORIGIN = "http://waymark.test:3000";
let smtp: SmtpCapture;
const saved = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL, MAIL_FROM: process.env.MAIL_FROM };

function setEnv(values: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
}

beforeAll(async () => {
  smtp = await startSmtpCapture();
  setEnv({ SMTP_URL: smtp.url, NEXTAUTH_URL: ORIGIN, MAIL_FROM: undefined });
});
afterEach(() => setEnv({ SMTP_URL: smtp.url }));
afterAll(async () => {
  setEnv(saved);
  await smtp.close();
});

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } inviteUrl } }`;

async function outbox(dedupeKey: string) {
  return prisma().emailMessage.findUniqueOrThrow({ where: { dedupeKey } });
}

/** Sends the outbox message with this key over SMTP and returns what the SMTP server received. */
async function send(dedupeKey: string): Promise<CapturedMail[]> {
  const before = smtp.messages.length;
  await sendEmailTask({ emailId: (await outbox(dedupeKey)).id });
  return smtp.messages.slice(before);
}

const unsubscribeLink = (text: string) => /(http\S+\/unsubscribe\?token=([\w.-]+))/.exec(text);

function oneClickRequest(token: string) {
  return new Request(`${ORIGIN}/unsubscribe/one-click?token=${encodeURIComponent(token)}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });
}

/** The Monday of the current week (UTC), "YYYY-MM-DD", and a day relative to it. */
const monday = (() => {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7)));
  return d.toISOString().slice(0, 10);
})();
const dayFrom = (n: number) => new Date(Date.parse(`${monday}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe("invitation email", () => {
  it("Send invitation queues an email with the invitation link, sent over SMTP once, with a working decline link", async () => {
    const { org, owner } = await createOrg(await createUser({ name: "Olive Owner" }), { name: "Rocket Co" });
    const result = await run(owner.id, INVITE, { input: { organizationId: gid("Organization", org.id), email: "new.person@example.test", role: "MEMBER" } });
    expect(result.errors).toBeUndefined();
    const { inviteUrl } = result.data.inviteMember;
    const invitationId = Buffer.from(result.data.inviteMember.invitation.id, "base64").toString().split(":")[1];
    expect(inviteUrl.startsWith(`${ORIGIN}/invitations/wmi_`)).toBe(true);

    const queued = await outbox(`invitation:${invitationId}`);
    expect(queued).toMatchObject({ status: "PENDING", kind: "INVITATION", to: "new.person@example.test", organizationId: org.id });

    const [mail, ...others] = await send(`invitation:${invitationId}`);
    expect(others).toHaveLength(0);
    expect(mail!.to).toEqual(["new.person@example.test"]);
    expect(mail!.from).toBe("no-reply@waymark.test");
    expect(mail!.subject).toBe("Olive Owner invited you to Rocket Co on Waymark");
    expect(mail!.text).toContain(inviteUrl);
    expect(mail!.html).toContain(`href="${inviteUrl}"`);
    const sent = await outbox(`invitation:${invitationId}`);
    expect(sent.status).toBe("SENT");
    expect(sent.sentAt).toBeInstanceOf(Date);

    // The job may run again (a crash before it finished): nothing is sent twice.
    expect(await send(`invitation:${invitationId}`)).toHaveLength(0);

    // The unsubscribe link (and List-Unsubscribe) declines this invitation, without signing in.
    const [, link, token] = unsubscribeLink(mail!.text)!;
    expect(link!.startsWith(`${ORIGIN}/unsubscribe?token=`)).toBe(true);
    expect(mail!.headers.get("list-unsubscribe")).toBe(`<${ORIGIN}/unsubscribe/one-click?token=${token}>`);
    expect(mail!.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(await unsubscribeState(token!)).toMatchObject({ subscribed: true, description: "The invitation to Rocket Co" });
    const response = await oneClick(oneClickRequest(token!));
    expect(response.status).toBe(200);
    expect((await prisma().invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt).toBeInstanceOf(Date);
    expect(await unsubscribeState(token!)).toMatchObject({ subscribed: false });
  });

  it("without SMTP_URL the message is kept for the Sent emails page and logged in one line", async () => {
    setEnv({ SMTP_URL: undefined });
    const { org, owner } = await createOrg();
    const result = await run(owner.id, INVITE, { input: { organizationId: gid("Organization", org.id), email: "kept@example.test", role: "MEMBER" } });
    const invitationId = Buffer.from(result.data.inviteMember.invitation.id, "base64").toString().split(":")[1];
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      expect(await send(`invitation:${invitationId}`)).toHaveLength(0);
      expect((await outbox(`invitation:${invitationId}`)).status).toBe("KEPT");
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0]![0]).toMatch(/^\[email\] kept \(no SMTP_URL\) to=kept@example\.test subject=/);
    } finally {
      log.mockRestore();
    }
  });

  it("a message whose recipient deleted their account is not sent", async () => {
    const { org, owner } = await createOrg();
    const member = await createMember(org);
    const goal = await createGoal(org, owner);
    await deliver(prisma(), [{ organizationId: org.id, recipientId: member.id, kind: "OWNER_ASSIGNED", goalId: goal.id, actorId: owner.id, data: {}, dedupeKey: `OWNER_ASSIGNED:${goal.id}` }]);
    const email = await prisma().emailMessage.findFirstOrThrow({ where: { userId: member.id } });
    await prisma().user.update({ where: { id: member.id }, data: { deletedAt: new Date() } });
    expect(await send(email.dedupeKey)).toHaveLength(0);
    expect(await outbox(email.dedupeKey)).toMatchObject({ status: "FAILED", lastError: "Not sent: the recipient deleted their account." });
  });

  it("a refused send is retried by the queue (the job throws) and marked FAILED after the last attempt", async () => {
    const { org, owner } = await createOrg();
    const result = await run(owner.id, INVITE, { input: { organizationId: gid("Organization", org.id), email: "retry@example.test", role: "MEMBER" } });
    const key = `invitation:${Buffer.from(result.data.inviteMember.invitation.id, "base64").toString().split(":")[1]}`;

    setEnv({ SMTP_URL: "smtp://127.0.0.1:9" });
    const email = await outbox(key);
    // Nothing listens on port 9 of this machine.
    await expect(sendEmailTask({ emailId: email.id })).rejects.toThrow();
    expect(await outbox(key)).toMatchObject({ status: "PENDING", attempts: 1 });
    expect((await outbox(key)).lastError).toBeTruthy();
    await prisma().emailMessage.update({ where: { id: email.id }, data: { attempts: MAX_SEND_ATTEMPTS - 1 } });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(sendEmailTask({ emailId: email.id })).resolves.toBeUndefined();
    error.mockRestore();
    expect(await outbox(key)).toMatchObject({ status: "FAILED", attempts: MAX_SEND_ATTEMPTS });
  });
});

describe("unsubscribe links", () => {
  it("refuse any tampering: another user, another kind, another signature", async () => {
    const { org, owner } = await createOrg();
    const other = await createMember(org);
    const goal = await createGoal(org, owner, { title: "Ship the beta" });
    await deliver(prisma(), [
      { organizationId: org.id, recipientId: owner.id, kind: "MENTIONED", goalId: goal.id, actorId: other.id, data: {}, dedupeKey: `MENTIONED:t-${goal.id}` },
    ]);
    const email = await prisma().emailMessage.findFirstOrThrow({ where: { userId: owner.id, kind: "NOTIFICATION" } });
    const [, , token] = unsubscribeLink(email.text)!;
    const [payload, signature] = token!.split(".");
    expect(verifyUnsubscribeToken(token!)).toEqual({ type: "notification", userId: owner.id, kind: "MENTIONED" });

    const forged = [
      `${Buffer.from(`n:${other.id}:MENTIONED`).toString("base64url")}.${signature}`,
      `${Buffer.from(`n:${owner.id}:COMMENTED`).toString("base64url")}.${signature}`,
      `${payload}.${signature!.slice(0, -2)}${signature!.endsWith("AA") ? "BB" : "AA"}`,
      `${payload}.${createHash("sha256").update(`n:${owner.id}:MENTIONED`).digest("base64url")}`,
      `${payload}`,
      "",
    ];
    for (const token of forged) {
      expect(verifyUnsubscribeToken(token)).toBeNull();
      expect(await unsubscribeState(token)).toBeNull();
      expect((await oneClick(oneClickRequest(token))).status).toBe(400);
    }
    expect(await prisma().notificationPreference.count({ where: { userId: { in: [owner.id, other.id] } } })).toBe(0);
  });
});

describe("notification emails", () => {
  it("one email per notification by the recipient's preference, linking to the goal; its unsubscribe turns that kind's email off", async () => {
    const { org, owner } = await createOrg(await createUser({ name: "Olive Owner" }), { name: "Rocket Co" });
    const dana = await createMember(org);
    await prisma().user.update({ where: { id: dana.id }, data: { name: "Dana Lee" } });
    const goal = await createGoal(org, owner, { title: "Launch the beta" });
    const mention = (n: number) => ({
      organizationId: org.id,
      recipientId: owner.id,
      kind: "MENTIONED" as const,
      goalId: goal.id,
      actorId: dana.id,
      data: {},
      dedupeKey: `MENTIONED:c${n}-${goal.id}`,
    });
    await deliver(prisma(), [mention(1)]);
    // Delivered twice (a retried job): still one email.
    await deliver(prisma(), [mention(1)]);
    const emails = await prisma().emailMessage.findMany({ where: { userId: owner.id } });
    expect(emails).toHaveLength(1);

    const [mail] = await send(emails[0]!.dedupeKey);
    expect(mail!.to).toEqual([emails[0]!.to]);
    expect(mail!.subject).toBe("Dana Lee mentioned you on Launch the beta");
    const goalLink = `${ORIGIN}/o/${org.slug}/goals/${encodeURIComponent(gid("Goal", goal.id))}?tab=discussion`;
    expect(mail!.text).toContain(goalLink);
    expect(mail!.html).toContain(`href="${goalLink}"`);

    // COMMENTED is off by email by default: in the app only.
    await deliver(prisma(), [{ ...mention(2), kind: "COMMENTED", dedupeKey: `COMMENTED:c2-${goal.id}` }]);
    expect(await prisma().emailMessage.count({ where: { userId: owner.id } })).toBe(1);
    expect(await prisma().notification.count({ where: { recipientId: owner.id, kind: "COMMENTED" } })).toBe(1);

    // The email's unsubscribe link turns off MENTIONED emails, keeping them in the app.
    const [, , token] = unsubscribeLink(mail!.text)!;
    expect((await oneClick(oneClickRequest(token!))).status).toBe(200);
    expect(await prisma().notificationPreference.findUnique({ where: { userId_kind: { userId: owner.id, kind: "MENTIONED" } } })).toMatchObject({
      inApp: true,
      email: false,
    });
    await deliver(prisma(), [mention(3)]);
    expect(await prisma().emailMessage.count({ where: { userId: owner.id } })).toBe(1);
    expect(await prisma().notification.count({ where: { recipientId: owner.id, kind: "MENTIONED" } })).toBe(2);
  });
});

describe("weekly digest", () => {
  async function digestWorld() {
    const { org, owner } = await createOrg(await createUser({ name: "Olive Owner" }), { name: "Rocket Co" });
    const member = await createMember(org, "MEMBER");
    const stakeholder = await createMember(org, "STAKEHOLDER");
    await prisma().membership.update({
      where: { organizationId_userId: { organizationId: org.id, userId: stakeholder.id } },
      data: { digestScope: "ORGANIZATION" },
    });
    const window = { startDate: dayFrom(-60), targetDate: dayFrom(120) };
    const mine = await createGoal(org, member, { title: "Member's own goal", ...window });
    const dueSoon = await createMilestone(mine, { title: "Beta ships", dueDate: dayFrom(2) });
    await createMilestone(mine, { title: "Design review", dueDate: dayFrom(-3) });
    const won = await createMilestone(mine, { title: "Prototype", dueDate: dayFrom(-2), status: "DONE" });
    await prisma().milestone.update({ where: { id: won.id }, data: { completedAt: new Date(`${dayFrom(-2)}T12:00:00Z`) } });
    const assignedGoal = await createGoal(org, owner, { title: "Goal with my milestone", ...window });
    const assigned = await createMilestone(assignedGoal, { title: "My assigned step", dueDate: dayFrom(4) });
    await assign(assigned, member);
    const others = await createGoal(org, owner, { title: "Someone else's goal", ...window });
    await createMilestone(others, { title: "Not mine", dueDate: dayFrom(3) });
    // Another organization where the member owns a goal: never in this organization's digest.
    const { org: elsewhere } = await createOrg(undefined, { name: "Other Org" });
    await addMember(elsewhere, member);
    const foreign = await createGoal(elsewhere, member, { title: "Foreign goal", ...window });
    await createMilestone(foreign, { title: "Foreign milestone", dueDate: dayFrom(1) });
    return { org, owner, member, stakeholder, mine, dueSoon, won };
  }

  it("a MINE member hears about their goals only: due, missed, wins, with links; nothing of other goals or organizations", async () => {
    const { org, member, mine, dueSoon } = await digestWorld();
    const memberEmail = (await prisma().user.findUniqueOrThrow({ where: { id: member.id } })).email;
    await sendDigestTask({ userId: member.id, organizationId: org.id, weekStart: monday });
    await sendDigestTask({ userId: member.id, organizationId: org.id, weekStart: monday });
    const key = `digest:${member.id}:${org.id}:${monday}`;
    const [mail, ...more] = await send(key);
    expect(more).toHaveLength(0);
    expect(mail!.to).toEqual([memberEmail]);
    expect(mail!.subject).toMatch(/^Rocket Co: your week of /);
    const { text } = mail!;
    expect(text).toContain("Due this week");
    expect(text).toContain("Beta ships");
    expect(text).toContain("My assigned step");
    expect(text).toContain("Missed");
    expect(text).toContain("Design review");
    expect(text).toContain("Milestone done: Prototype");
    expect(text).toContain(`${ORIGIN}/o/${org.slug}/goals/${encodeURIComponent(gid("Goal", mine.id))}#milestone-`);
    expect(text).toContain(gid("Milestone", dueSoon.id).replace(/[^A-Za-z0-9_-]/g, ""));
    expect(text).not.toContain("Someone else's goal");
    expect(text).not.toContain("Not mine");
    expect(text).not.toContain("Foreign");
    expect(await prisma().emailMessage.count({ where: { dedupeKey: key } })).toBe(1);

    // Its unsubscribe link turns this organization's digest off.
    const [, , token] = unsubscribeLink(text)!;
    expect((await oneClick(oneClickRequest(token!))).status).toBe(200);
    const membership = await prisma().membership.findUniqueOrThrow({ where: { organizationId_userId: { organizationId: org.id, userId: member.id } } });
    expect(membership.digestEnabled).toBe(false);
    const nextWeek = dayFrom(7);
    await sendDigestTask({ userId: member.id, organizationId: org.id, weekStart: nextWeek });
    expect(await prisma().emailMessage.count({ where: { dedupeKey: `digest:${member.id}:${org.id}:${nextWeek}` } })).toBe(0);
  });

  it("an ORGANIZATION stakeholder hears about every goal of the organization, and no other", async () => {
    const { org, stakeholder } = await digestWorld();
    await sendDigestTask({ userId: stakeholder.id, organizationId: org.id, weekStart: monday });
    const [mail] = await send(`digest:${stakeholder.id}:${org.id}:${monday}`);
    expect(mail!.to).toEqual([(await prisma().user.findUniqueOrThrow({ where: { id: stakeholder.id } })).email]);
    expect(mail!.text).toContain("Beta ships");
    expect(mail!.text).toContain("Not mine");
    expect(mail!.text).toContain("Someone else's goal");
    expect(mail!.text).not.toContain("Foreign");
  });

  it("sends nothing when there is nothing to report, to a deleted account, or to someone who left", async () => {
    const { org, owner } = await createOrg();
    const quiet = await createMember(org);
    await sendDigestTask({ userId: quiet.id, organizationId: org.id, weekStart: monday });
    const { org: busy, member } = await digestWorld();
    await prisma().user.update({ where: { id: member.id }, data: { deletedAt: new Date() } });
    await sendDigestTask({ userId: member.id, organizationId: busy.id, weekStart: monday });
    await sendDigestTask({ userId: owner.id, organizationId: busy.id, weekStart: monday });
    expect(await prisma().emailMessage.count({ where: { kind: "DIGEST", userId: { in: [quiet.id, member.id, owner.id] } } })).toBe(0);
    await expect(sendDigestTask({ userId: quiet.id, organizationId: org.id, weekStart: dayFrom(1) })).rejects.toThrow(/Monday/);
  });
});

describe("digest and notification email statements", () => {
  /** An organization where `reader` owns `goals` goals of `milestones` milestones, each assigned, with activity. */
  async function busyOrg(goals: number, milestones: number) {
    const { org, owner } = await createOrg();
    const reader = await createMember(org);
    const window = { startDate: dayFrom(-30), targetDate: dayFrom(90) };
    for (let g = 0; g < goals; g++) {
      const goal = await createGoal(org, reader, { title: `Goal ${g}`, ...window });
      for (let m = 0; m < milestones; m++) {
        const milestone = await createMilestone(goal, { dueDate: dayFrom(m % 2 === 0 ? 2 : -2) });
        await assign(milestone, owner);
      }
    }
    return { org, reader, owner };
  }

  it("building a digest costs the same for 2 goals as for 12, and queueing notification emails for 1 as for 8", async () => {
    const counts: number[] = [];
    for (const [goals, milestones] of [[2, 2], [12, 4]] as const) {
      const { org, reader } = await busyOrg(goals, milestones);
      const { count } = await countStatements(() => sendDigestTask({ userId: reader.id, organizationId: org.id, weekStart: monday }));
      counts.push(count);
      expect(await prisma().emailMessage.count({ where: { dedupeKey: `digest:${reader.id}:${org.id}:${monday}` } })).toBe(1);
    }
    expect(counts[1]).toBe(counts[0]);

    const emailCounts: number[] = [];
    for (const n of [1, 8]) {
      const { org, owner } = await createOrg();
      const goal = await createGoal(org, owner);
      const people = await Promise.all(Array.from({ length: n }, () => createMember(org)));
      const { count } = await countStatements(() =>
        deliver(
          prisma(),
          people.map((p) => ({ organizationId: org.id, recipientId: p.id, kind: "OWNER_ASSIGNED" as const, goalId: goal.id, actorId: owner.id, data: {}, dedupeKey: `OWNER_ASSIGNED:${goal.id}` })),
        ),
      );
      // The emails and their send jobs are each one statement (queueEmails → enqueueJobs).
      emailCounts.push(count);
      expect(await prisma().emailMessage.count({ where: { organizationId: org.id } })).toBe(n);
    }
    expect(emailCounts[1]).toBe(emailCounts[0]);
  });
});

describe("preferences API", () => {
  const PREFS = `{ viewer { notificationPreferences { kind inApp email isDefault } digestPreferences { organization { id } enabled scope } } }`;
  const UPDATE = `mutation($input: UpdateNotificationPreferenceInput!) { updateNotificationPreference(input: $input) { preference { kind inApp email isDefault } } }`;
  const DIGEST = `mutation($input: UpdateDigestPreferenceInput!) { updateDigestPreference(input: $input) { preference { organization { id } enabled scope } } }`;

  it("lists every kind with its defaults, saves a choice, and changes a digest only in your own organizations", async () => {
    const { org, owner } = await createOrg();
    const { org: foreign } = await createOrg();
    const before = await run(owner.id, PREFS);
    expect(before.errors).toBeUndefined();
    expect(before.data.viewer.notificationPreferences).toContainEqual({ kind: "COMMENTED", inApp: true, email: false, isDefault: true });
    expect(before.data.viewer.notificationPreferences.map((p: { kind: string }) => p.kind)).toEqual([...NOTIFICATION_KINDS]);
    expect(before.data.viewer.digestPreferences).toEqual([{ organization: { id: gid("Organization", org.id) }, enabled: true, scope: "MINE" }]);

    const saved = await run(owner.id, UPDATE, { input: { kind: "COMMENTED", inApp: false, email: true } });
    expect(saved.data.updateNotificationPreference.preference).toEqual({ kind: "COMMENTED", inApp: false, email: true, isDefault: false });
    const after = await run(owner.id, PREFS);
    expect(after.data.viewer.notificationPreferences).toContainEqual({ kind: "COMMENTED", inApp: false, email: true, isDefault: false });

    const digest = await run(owner.id, DIGEST, { input: { organizationId: gid("Organization", org.id), enabled: false, scope: "ORGANIZATION" } });
    expect(digest.data.updateDigestPreference.preference).toEqual({ organization: { id: gid("Organization", org.id) }, enabled: false, scope: "ORGANIZATION" });

    // Another organization's id answers exactly like an id that does not exist.
    const other = await run(owner.id, DIGEST, { input: { organizationId: gid("Organization", foreign.id), enabled: false, scope: "MINE" } });
    const missing = await run(owner.id, DIGEST, { input: { organizationId: gid("Organization", "nope"), enabled: false, scope: "MINE" } });
    expect(codes(other)).toEqual(["NOT_FOUND"]);
    expect(other.errors![0]!.message).toBe(missing.errors![0]!.message);
    expect(codes(missing)).toEqual(["NOT_FOUND"]);
    expect((await prisma().membership.findFirstOrThrow({ where: { organizationId: foreign.id } })).digestEnabled).toBe(true);
    expect(codes(await run(null, PREFS))).toEqual(["UNAUTHENTICATED"]);
  });

  it("refuses a bad value naming the field", async () => {
    const { owner } = await createOrg();
    const { updateNotificationPreference } = await import("../../server/email/preferences.ts");
    const { viewerForUser } = await import("../../server/auth/viewer.ts");
    const viewer = await viewerForUser(owner.id);
    await expect(updateNotificationPreference(viewer, { kind: "NOPE" as never, inApp: true, email: true })).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      field: "kind",
    });
    await expect(updateNotificationPreference(viewer, { kind: "MENTIONED", inApp: "yes" as never, email: true })).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      field: "inApp",
    });
  });
});

describe("Sent emails API", () => {
  const EMAILS = `{ emails(first: 2) { totalCount edges { node { id to subject kind status createdAt } } pageInfo { hasNextPage endCursor } } }`;

  it("is for the instance's admins only, newest first", async () => {
    const admin = await createUser();
    await prisma().user.update({ where: { id: admin.id }, data: { instanceAdmin: true } });
    const { owner } = await createOrg();
    const refused = await run(owner.id, EMAILS);
    expect(codes(refused)).toEqual(["FORBIDDEN"]);
    expect(refused.data).toBeNull();
    expect(codes(await run(null, EMAILS))).toEqual(["UNAUTHENTICATED"]);

    const listed = await run(admin.id, EMAILS);
    expect(listed.errors).toBeUndefined();
    const nodes = listed.data.emails.edges.map((e: { node: { createdAt: string } }) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(Date.parse(nodes[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(nodes.at(-1).createdAt));
    const one = await run(admin.id, `query($id: ID!) { email(id: $id) { subject text html } }`, { id: nodes[0].id });
    expect(one.data.email.text.length).toBeGreaterThan(0);
    expect(codes(await run(owner.id, `query($id: ID!) { email(id: $id) { subject } }`, { id: nodes[0].id }))).toEqual(["FORBIDDEN"]);
  });
});
