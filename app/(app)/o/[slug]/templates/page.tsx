import type { Metadata } from "next";
import { TemplatesPage } from "./templates-page";

export const metadata: Metadata = { title: "Templates" };

/** The organization's templates: the built-ins and its own (admins rename and delete those). */
export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeURIComponent((await params).slug);
  return <TemplatesPage slug={slug} />;
}
