import { headers } from "next/headers";
import { rememberServerLocale } from "@/app/_components/format";
import { pickLocale } from "@/domain/locale.ts";

/**
 * The viewer's locale for this request (Accept-Language, else en-US). Also remembered for server
 * components of the same request, which format dates without a React context (format.ts).
 */
export async function requestLocale(): Promise<string> {
  const locale = pickLocale((await headers()).get("accept-language"));
  rememberServerLocale(locale);
  return locale;
}
