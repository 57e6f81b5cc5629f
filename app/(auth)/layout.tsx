import Link from "next/link";
import type { ReactNode } from "react";
import { Wordmark } from "@/app/_components/Wordmark";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-b from-indigo-50/70 via-slate-50 to-slate-50">
      <main className="flex flex-1 flex-col items-center justify-center px-4 py-12">
        <Link href="/" className="mb-8 rounded-md" aria-label="Waymark home">
          <Wordmark className="scale-110" />
        </Link>
        <div className="w-full max-w-sm">{children}</div>
      </main>
    </div>
  );
}
