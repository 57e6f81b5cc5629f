import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/app/_lib/callback-url";
import { getSession } from "@/app/_lib/session";
import { SignUpForm } from "./SignUpForm";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if ((await getSession())?.user) redirect(callbackUrl);
  const email = typeof params.email === "string" ? params.email : undefined;
  return <SignUpForm callbackUrl={callbackUrl} defaultEmail={email} />;
}
