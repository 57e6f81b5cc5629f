import "server-only";
import type { EmailKind } from "../../prisma/generated/client/enums.ts";
import type { PrismaClient, Tx } from "../db.ts";
import { enqueueJobs } from "../jobs/enqueue.ts";

/** One message for the outbox, already rendered (see server/email/render.ts). */
export interface OutgoingEmail {
  organizationId?: string;
  /** The recipient's account, when they have one (an invitation may go to a new address). */
  userId?: string;
  to: string;
  kind: EmailKind;
  subject: string;
  html: string;
  text: string;
  /** Names the message ("invitation:<id>", "notification:<id>", "digest:<user>:<org>:<week>"): written once. */
  dedupeKey: string;
}

/**
 * Writes the message to the outbox once (by its dedupeKey) and enqueues its "send-email" job in the
 * same transaction: a rolled-back write sends nothing, a committed one is never lost, and a second
 * call for the same key (a retried job, a second worker) neither writes nor sends it again.
 */
export async function queueEmail(db: Tx | PrismaClient, email: OutgoingEmail): Promise<void> {
  await queueEmails(db, [email]);
}

/** queueEmail for several messages: one insert for all of them, and one for their jobs. */
export async function queueEmails(db: Tx | PrismaClient, emails: readonly OutgoingEmail[]): Promise<void> {
  if (emails.length === 0) return;
  // Called with the client rather than a transaction: open one, so message and job still commit together.
  // A transaction client has $transaction too (nested, refused by PGlite's adapter) but no $connect.
  if ("$connect" in db) return (db as PrismaClient).$transaction((tx) => queueEmails(tx, emails));
  const tx = db as Tx;
  const created = await tx.emailMessage.createManyAndReturn({
    data: emails.map((e) => ({
      organizationId: e.organizationId ?? null,
      userId: e.userId ?? null,
      to: e.to,
      kind: e.kind,
      subject: e.subject,
      html: e.html,
      text: e.text,
      dedupeKey: e.dedupeKey,
    })),
    // An existing dedupeKey means this message was already queued (and its job with it).
    skipDuplicates: true,
    select: { id: true },
  });
  // One statement for all the jobs (a notification to many people queues many emails at once).
  await enqueueJobs(tx, "send-email", created.map(({ id }) => ({ payload: { emailId: id }, jobKey: `send-email:${id}` })));
}
