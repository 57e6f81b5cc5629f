import type { ReactNode } from "react";
import { AppShell } from "@/app/_components/AppShell";
import { requireSession } from "@/app/_lib/session";

// Signed-in pages: no session -> /signin. The API enforces access on every request regardless.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  await requireSession();
  return <AppShell>{children}</AppShell>;
}
