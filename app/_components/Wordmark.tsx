import { cx } from "./cx";

/** The Waymark logo: a flag on a path, plus the name. */
export function Wordmark({ className, nameClassName }: { className?: string; nameClassName?: string }) {
  return (
    <span className={cx("inline-flex items-center gap-2", className)}>
      <span aria-hidden className="flex size-7 items-center justify-center rounded-lg bg-indigo-600 text-white shadow-sm">
        <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" className="size-4">
          <path strokeLinecap="round" strokeLinejoin="round" d="M5 21V4m0 0h10.5l-2 4 2 4H5" />
        </svg>
      </span>
      <span className={cx("text-[15px] font-semibold tracking-tight text-slate-900", nameClassName)}>Waymark</span>
    </span>
  );
}
