import { Eye, Unlink } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { formatDate } from "@/app/_components/format";
import { Wordmark } from "@/app/_components/Wordmark";
import { PrintButton } from "@/app/_components/PrintButton";

/** The public page's frame: no app shell, no account controls; prints as plain paper. */
export function SharedFrame({
  organizationName,
  expiresAt,
  children,
}: {
  organizationName: string | null;
  expiresAt: string | null;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-screen flex-col print:block print:min-h-0 print:bg-white">
      <header className="border-b border-slate-200 bg-white print:border-slate-300">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 sm:px-6 print:max-w-none print:px-0">
          <Wordmark />
          <span aria-hidden className="text-xl font-light text-slate-300">
            /
          </span>
          <span className="text-sm font-medium text-slate-700">{organizationName}</span>
          <span className="ml-auto inline-flex items-center gap-1.5 rounded-full bg-slate-100 px-2.5 py-1 text-xs font-medium text-slate-600 print:bg-transparent print:px-0">
            <Eye aria-hidden className="size-3.5 text-slate-400 print:hidden" />
            Read-only shared view
          </span>
          <PrintButton />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-8 sm:px-6 sm:py-10 print:max-w-none print:px-0 print:py-4">
        {children}
      </main>
      <footer className="border-t border-slate-200/70 px-4 py-6 text-center text-xs text-slate-500 print:border-slate-300 print:py-3">
        Shared from Waymark{expiresAt ? ` · this link works until ${formatDate(expiresAt)}` : ""} · as of{" "}
        {formatDate(new Date().toISOString())}
      </footer>
    </div>
  );
}

const messages = {
  EXPIRED: {
    title: "This link has expired",
    body: "The person who shared it set an end date, and it has passed. Ask them for a new link if you still need to follow along.",
  },
  REVOKED: {
    title: "This link was revoked",
    body: "Whoever shared it has turned it off, so it no longer shows anything. Ask them for a new link if you still need it.",
  },
  NOT_FOUND: {
    title: "This link doesn't exist",
    body: "Check that you copied the whole link. If it still doesn't work, ask the person who shared it to send it again.",
  },
  RATE_LIMITED: {
    title: "Too many views right now",
    body: "This link has been opened too often in the last few minutes. Wait a few minutes, then reload the page.",
  },
  ERROR: {
    title: "This view couldn't be loaded",
    body: "Something went wrong on our side. Please try again in a moment.",
  },
} as const;

/** Expired, revoked, unknown (or failed) links: a calm explanation, never an error page. */
export function SharedUnavailable({ status }: { status: keyof typeof messages }) {
  const { title, body } = messages[status];
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-indigo-50/60 to-slate-50 px-4 py-16 text-center">
      <Link href="/" className="mb-10 rounded-md" aria-label="Waymark home">
        <Wordmark />
      </Link>
      <div className="mb-5 flex size-12 items-center justify-center rounded-full bg-white text-slate-500 shadow-sm ring-1 ring-slate-200">
        <Unlink aria-hidden className="size-6" />
      </div>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
      <p className="mt-3 max-w-md text-slate-600">{body}</p>
    </div>
  );
}
