import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env.ts";

// One pooled SMTP connection set per SMTP_URL, reused by every send in the process.
let current: { url: string; transport: Transporter } | undefined;

/** The SMTP transport, or null when SMTP_URL is unset (messages are then kept, not sent). */
export function mailTransport(): Transporter | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  if (current?.url !== url) {
    current?.transport.close();
    current = { url, transport: nodemailer.createTransport(url) };
  }
  return current.transport;
}

/** MAIL_FROM, else "Waymark <no-reply@<host of NEXTAUTH_URL>>". */
export function mailFrom(): string {
  const { MAIL_FROM, NEXTAUTH_URL } = env();
  if (MAIL_FROM) return MAIL_FROM;
  const host = NEXTAUTH_URL ? new URL(NEXTAUTH_URL).hostname : "localhost";
  return `Waymark <no-reply@${host}>`;
}
