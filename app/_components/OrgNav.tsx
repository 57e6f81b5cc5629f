"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "./cx";

/** Tabs for an organization's sections; the current one is marked aria-current="page". */
export function OrgNav({ slug }: { slug: string }) {
  const pathname = usePathname();
  const base = `/o/${slug}`;
  const tabs = [
    { href: base, label: "Dashboard", active: pathname === base },
    { href: `${base}/goals`, label: "Goals", active: pathname.startsWith(`${base}/goals`) },
    { href: `${base}/roadmap`, label: "Roadmap", active: pathname.startsWith(`${base}/roadmap`) },
    { href: `${base}/activity`, label: "Activity", active: pathname.startsWith(`${base}/activity`) },
    { href: `${base}/sharing`, label: "Sharing", active: pathname.startsWith(`${base}/sharing`) },
    { href: `${base}/members`, label: "Members", active: pathname.startsWith(`${base}/members`) },
    { href: `${base}/settings`, label: "Settings", active: pathname.startsWith(`${base}/settings`) },
  ];
  return (
    <nav aria-label="Organization" className="mx-auto max-w-6xl overflow-x-auto px-4 sm:px-6">
      <ul className="-mb-px flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.active ? "page" : undefined}
              className={cx(
                "inline-flex h-10 items-center border-b-2 px-3 text-sm font-medium transition-colors",
                tab.active
                  ? "border-indigo-600 text-indigo-700"
                  : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
