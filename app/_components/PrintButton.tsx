"use client";

import { buttonClasses } from "./button-classes";

/** Opens the browser's print dialog (the page has print styles); hidden on paper. */
export function PrintButton({ variant = "ghost" }: { variant?: "ghost" | "secondary" }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClasses(variant, "sm", "print:hidden")}>
      <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-4 text-slate-500">
        <path
          fillRule="evenodd"
          d="M5 2.75C5 1.784 5.784 1 6.75 1h6.5c.966 0 1.75.784 1.75 1.75v3.552c.377.046.752.097 1.126.153A2.212 2.212 0 0 1 18 8.653v4.097A2.25 2.25 0 0 1 15.75 15h-.241l.305 1.984A1.75 1.75 0 0 1 14.084 19H5.915a1.75 1.75 0 0 1-1.73-2.016L4.492 15H4.25A2.25 2.25 0 0 1 2 12.75V8.653c0-1.082.775-2.034 1.874-2.198.374-.056.75-.107 1.127-.153L5 6.25v-3.5Zm8.5 3.397a41.533 41.533 0 0 0-7 0V2.75a.25.25 0 0 1 .25-.25h6.5a.25.25 0 0 1 .25.25v3.397ZM6.608 12.5a.25.25 0 0 0-.247.212l-.693 4.5a.25.25 0 0 0 .247.288h8.17a.25.25 0 0 0 .246-.288l-.692-4.5a.25.25 0 0 0-.247-.212H6.608Z"
          clipRule="evenodd"
        />
      </svg>
      Print
    </button>
  );
}
