import "server-only";
import { EmailKind, EmailStatus } from "../../prisma/generated/client/enums.ts";
import { requireInstanceAdmin } from "../../server/email/admin.ts";
import { prisma } from "../../server/db.ts";
import { builder } from "../builder.ts";

// The outbox, for the instance's admins (the "Sent emails" page): everything Waymark sent, kept
// or failed to send. Not a Node: nobody else may look an email up, by id or otherwise.

const EmailKindEnum = builder.enumType(EmailKind, { name: "EmailKind" });
const EmailStatusEnum = builder.enumType(EmailStatus, {
  name: "EmailStatus",
  description: "PENDING: waiting to be sent. SENT: handed to the SMTP server. KEPT: no SMTP configured, kept here. FAILED: refused after every retry.",
});

builder.prismaObject("EmailMessage", {
  fields: (t) => ({
    id: t.exposeID("id"),
    to: t.exposeString("to"),
    kind: t.expose("kind", { type: EmailKindEnum }),
    subject: t.exposeString("subject"),
    status: t.expose("status", { type: EmailStatusEnum }),
    attempts: t.exposeInt("attempts"),
    lastError: t.exposeString("lastError", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    sentAt: t.expose("sentAt", { type: "DateTime", nullable: true }),
    text: t.exposeString("text", { description: "The plain-text part." }),
    html: t.exposeString("html", { description: "The HTML part: show it sandboxed (an iframe's srcdoc), never in your own page." }),
  }),
});

const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

builder.queryField("emails", (t) =>
  t.prismaConnection(
    {
      type: "EmailMessage",
      cursor: "id",
      description: "Every email Waymark produced, newest first. For the instance's admins; anyone else is FORBIDDEN.",
      authScopes: { authenticated: true },
      totalCount: () => prisma().emailMessage.count(),
      resolve: async (query, _root, _args, ctx) => {
        await requireInstanceAdmin(ctx.viewer);
        return prisma().emailMessage.findMany({ ...query, orderBy: newestFirst });
      },
    },
    { name: "EmailConnection" },
  ),
);

builder.queryField("email", (t) =>
  t.prismaField({
    type: "EmailMessage",
    nullable: true,
    description: "One email with its text and HTML; null when there is none with this id. For the instance's admins.",
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      await requireInstanceAdmin(ctx.viewer);
      return prisma().emailMessage.findUnique({ ...query, where: { id } });
    },
  }),
);
