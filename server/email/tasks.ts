import "server-only";
import type { JobPayloads } from "../jobs/job-types.ts";
import { queueDigest } from "./digest-email.ts";
import { sendEmail } from "./send.ts";

// The email jobs' handlers, wired into the queue by server/jobs/tasks.ts. Both are idempotent.

/** "send-email": send (or keep) one outbox message. */
export async function sendEmailTask({ emailId }: JobPayloads["send-email"]): Promise<void> {
  await sendEmail(emailId);
}

/** "send-digest": build one person's weekly digest of one organization and queue it (once per week). */
export async function sendDigestTask({ userId, organizationId, weekStart }: JobPayloads["send-digest"]): Promise<void> {
  await queueDigest(userId, organizationId, weekStart);
}
