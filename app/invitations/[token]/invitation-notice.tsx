import { MailX } from "lucide-react";
import type { ReactNode } from "react";
import { ButtonLink } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { formatDate } from "@/app/_components/format";
import type { InvitationPreview } from "./operations";

/** Why a link can't be accepted: a calm card with a way home, never an error page. */
function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card className="text-center shadow-md">
      <div className="mx-auto flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500">
        <MailX aria-hidden className="size-6" />
      </div>
      <h1 className="mt-4 text-lg font-semibold text-slate-900">{title}</h1>
      <div className="mt-2 text-sm text-slate-600">{children}</div>
      <div className="mt-6">
        <ButtonLink href="/" variant="secondary">
          Go to Waymark
        </ButtonLink>
      </div>
    </Card>
  );
}

export type UnusableLink = "NOT_FOUND" | "RATE_LIMITED" | "ERROR";

/** A link that leads to no invitation, or that could not be looked up just now. */
export function NoInvitation({ reason }: { reason: UnusableLink }) {
  if (reason === "RATE_LIMITED") {
    return (
      <Notice title="Too many attempts right now">
        This link has been opened too often in the last few minutes. Wait a few minutes, then reload the page.
      </Notice>
    );
  }
  if (reason === "ERROR") {
    return <Notice title="Couldn't load this invitation">Something went wrong on our side. Please reload the page in a moment.</Notice>;
  }
  return (
    <Notice title="This invitation link isn't valid">
      Check that you copied the whole link, or ask the person who invited you to send a new one.
    </Notice>
  );
}

/** An invitation that exists but can no longer be accepted; null while it is pending. */
export function ClosedInvitation({ invitation }: { invitation: InvitationPreview }) {
  switch (invitation.status) {
    case "ACCEPTED":
      return (
        <Notice title="This invitation has already been used">
          It was accepted already. If that was you, you&apos;ll find {invitation.organizationName} among your organizations.
        </Notice>
      );
    case "EXPIRED":
      return (
        <Notice title="This invitation has expired">
          It expired on {formatDate(invitation.expiresAt)}. Ask {invitation.invitedByName} to invite you again.
        </Notice>
      );
    case "REVOKED":
      return (
        <Notice title="This invitation was withdrawn">
          It is no longer valid. Ask {invitation.invitedByName} at {invitation.organizationName} if you think that&apos;s a
          mistake.
        </Notice>
      );
    default:
      return null;
  }
}
