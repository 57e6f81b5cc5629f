"use client";

import { Printer } from "lucide-react";
import { buttonClasses } from "./button-classes";

/** Opens the browser's print dialog (the page has print styles); hidden on paper. */
export function PrintButton({ variant = "ghost" }: { variant?: "ghost" | "secondary" }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClasses(variant, "sm", "print:hidden")}>
      <Printer aria-hidden className="size-4 text-slate-500" />
      Print
    </button>
  );
}
