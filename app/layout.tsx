import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { LocaleProvider } from "./_components/locale-context";
import { documentLang } from "@/domain/locale.ts";
import { requestLocale } from "./_lib/locale";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Waymark", template: "%s · Waymark" },
  description: "Goals and milestones for teams: set the destination, mark the way, see progress.",
  applicationName: "Waymark",
};

export const viewport: Viewport = {
  themeColor: "#4f46e5",
  width: "device-width",
  initialScale: 1,
};

// Reading the request's nonce (set by proxy.ts) renders every page per request: a prerendered page
// would carry no nonce, and the Content-Security-Policy would block its scripts.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // Dates follow the viewer's locale: server rendering reads it from the context, the browser from
  // data-locale (the same value), so both write the same text.
  const locale = await requestLocale();
  return (
    <html lang={documentLang(locale)} data-locale={locale} className="h-full">
      <body className="min-h-full bg-slate-50 font-sans text-slate-900">
        <LocaleProvider locale={locale}>
          <Providers nonce={nonce}>{children}</Providers>
        </LocaleProvider>
      </body>
    </html>
  );
}
