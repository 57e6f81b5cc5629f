import type { BadgeTone } from "@/app/_components/Badge";

export const KIND_LABELS: Record<string, string> = { INVITATION: "Invitation", NOTIFICATION: "Notification", DIGEST: "Weekly digest" };

export const STATUS: Record<string, { label: string; tone: BadgeTone; hint: string }> = {
  PENDING: { label: "Pending", tone: "blue", hint: "Waiting for the send job." },
  SENT: { label: "Sent", tone: "green", hint: "Handed to the SMTP server." },
  KEPT: { label: "Kept", tone: "neutral", hint: "No SMTP server is configured (SMTP_URL): kept here instead of sent." },
  FAILED: { label: "Failed", tone: "red", hint: "The SMTP server refused it after every retry." },
};
