import "server-only";
import type { EmailMessage } from "../../prisma/generated/client/client.ts";
import { prisma } from "../db.ts";
import { oneClickUnsubscribeUrl } from "./links.ts";
import { mailFrom, mailTransport } from "./transport.ts";
import { type UnsubscribeTopic, verifyUnsubscribeToken } from "./unsubscribe-token.ts";

/**
 * Attempts before a message is marked FAILED. The queue retries a thrown job with a growing pause
 * (graphile-worker: about e^n seconds), so 8 attempts span roughly half an hour: long enough to ride
 * out an SMTP server's restart, short enough that a notification is not delivered a day late.
 * The queue allows 25, so it never gives up before this does.
 */
export const MAX_SEND_ATTEMPTS = 8;

const ERROR_LENGTH = 1000;

// The message's own unsubscribe link (every Waymark email has one, see render.ts) tells what it
// unsubscribes from; a notification row may be gone by now (email-only recipients keep none).
const UNSUBSCRIBE_LINK = /\/unsubscribe\?token=([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/;

function topicOf(email: Pick<EmailMessage, "text">): UnsubscribeTopic | null {
  const token = UNSUBSCRIBE_LINK.exec(email.text)?.[1];
  return token ? verifyUnsubscribeToken(token) : null;
}

/**
 * Sends one outbox message (the "send-email" job). Idempotent: anything but PENDING is left alone,
 * so a job that runs again after a crash does not send twice once the first run recorded SENT
 * (a crash between the SMTP server's acceptance and that write can still send twice: SMTP offers
 * no way to ask whether it already has a message).
 *
 * - No SMTP_URL: marked KEPT (shown on the admins' "Sent emails" page) and logged in one line.
 * - Sent: SENT with sentAt. Refused: attempts and lastError recorded and the error thrown so the
 *   queue retries; after MAX_SEND_ATTEMPTS it is FAILED and the job ends.
 */
export async function sendEmail(emailId: string): Promise<void> {
  const email = await prisma().emailMessage.findUnique({ where: { id: emailId }, include: { user: { select: { deletedAt: true } } } });
  if (!email || email.status !== "PENDING") return;
  // Deleted between queueing and sending: their address is no longer ours to write to.
  if (email.user?.deletedAt) {
    await prisma().emailMessage.updateMany({
      where: { id: email.id, status: "PENDING" },
      data: { status: "FAILED", lastError: "Not sent: the recipient deleted their account." },
    });
    return;
  }

  const transport = mailTransport();
  if (!transport) {
    const { count } = await prisma().emailMessage.updateMany({ where: { id: email.id, status: "PENDING" }, data: { status: "KEPT" } });
    if (count > 0) console.log(`[email] kept (no SMTP_URL) to=${email.to} subject=${JSON.stringify(email.subject)}`);
    return;
  }

  const topic = topicOf(email);
  const unsubscribe = topic ? oneClickUnsubscribeUrl(topic) : undefined;
  try {
    await transport.sendMail({
      from: mailFrom(),
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      // RFC 8058: mail clients offer "Unsubscribe" and POST to it, no page visit needed.
      headers: unsubscribe ? { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {},
    });
  } catch (error) {
    const attempts = email.attempts + 1;
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, ERROR_LENGTH);
    const failed = attempts >= MAX_SEND_ATTEMPTS;
    await prisma().emailMessage.updateMany({
      where: { id: email.id, status: "PENDING" },
      data: { attempts, lastError, ...(failed ? { status: "FAILED" } : {}) },
    });
    if (failed) {
      console.error(`[email] failed after ${attempts} attempts to=${email.to} subject=${JSON.stringify(email.subject)}: ${lastError}`);
      return;
    }
    throw error;
  }
  await prisma().emailMessage.updateMany({
    where: { id: email.id, status: "PENDING" },
    data: { status: "SENT", sentAt: new Date(), attempts: email.attempts + 1, lastError: null },
  });
}
