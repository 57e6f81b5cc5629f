import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/app/_components/Button";
import { Wordmark } from "@/app/_components/Wordmark";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-indigo-50/60 to-slate-50 px-4 py-16 text-center">
      <Link href="/" className="mb-10 rounded-md" aria-label="Waymark home">
        <Wordmark />
      </Link>
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">This path isn&apos;t on the map</h1>
      <p className="mt-3 max-w-md text-slate-600">
        The page you&apos;re looking for doesn&apos;t exist, moved, or isn&apos;t shared with you.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <ButtonLink href="/" variant="primary">
          Back to Waymark
        </ButtonLink>
      </div>
    </div>
  );
}
