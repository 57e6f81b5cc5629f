"use client";

import { createContext, type ReactNode } from "react";

/**
 * The viewer's locale, as the root layout read it from the request. Server rendering formats dates
 * through it (format.ts); the browser reads the same value from <html data-locale>, so the first
 * render in the browser produces the server's text and hydration never mismatches.
 */
export const LocaleContext = createContext<string | null>(null);

export function LocaleProvider({ locale, children }: { locale: string; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}
