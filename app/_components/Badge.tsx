import type { ReactNode } from "react";
import { cx } from "./cx";

export type BadgeTone = "neutral" | "indigo" | "green" | "amber" | "red" | "blue";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-500/15",
  indigo: "bg-indigo-50 text-indigo-700 ring-indigo-600/20",
  green: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  amber: "bg-amber-50 text-amber-800 ring-amber-600/25",
  red: "bg-red-50 text-red-700 ring-red-600/20",
  blue: "bg-sky-50 text-sky-700 ring-sky-600/20",
};

export function Badge({
  tone = "neutral",
  children,
  className,
  title,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
  title?: string;
}) {
  return (
    <span
      title={title}
      className={cx(
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}

const roleTones: Record<string, BadgeTone> = { OWNER: "indigo", ADMIN: "blue", MEMBER: "neutral", STAKEHOLDER: "amber" };

/** "OWNER" -> "Owner". */
export const roleLabel = (role: string) => role.charAt(0) + role.slice(1).toLowerCase();

export function RoleBadge({ role }: { role: string }) {
  return <Badge tone={roleTones[role] ?? "neutral"}>{roleLabel(role)}</Badge>;
}
