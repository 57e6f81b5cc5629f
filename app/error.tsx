"use client";

import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/app/_components/Button";
import { Wordmark } from "@/app/_components/Wordmark";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="flex min-h-[70vh] flex-col items-center justify-center px-4 py-16 text-center">
      <title>Something went wrong · Waymark</title>
      <Link href="/" className="mb-10 rounded-md" aria-label="Waymark home">
        <Wordmark />
      </Link>
      <div className="flex size-12 items-center justify-center rounded-full bg-red-100 text-red-600">
        <TriangleAlert aria-hidden className="size-6" />
      </div>
      <h1 className="mt-4 text-2xl font-semibold tracking-tight text-slate-900">Something went wrong</h1>
      <p className="mt-2 max-w-md text-slate-600">
        We hit an unexpected problem showing this page. Try again — if it keeps happening, come back in a few minutes.
      </p>
      {error.digest ? <p className="mt-2 font-mono text-xs text-slate-500">Reference: {error.digest}</p> : null}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Button variant="primary" onClick={reset}>
          Try again
        </Button>
        <Link href="/" className="inline-flex h-10 items-center rounded-lg px-4 text-sm font-medium text-slate-700 hover:bg-slate-100">
          Go home
        </Link>
      </div>
    </div>
  );
}
