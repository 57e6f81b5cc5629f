import type { Metadata } from "next";
import { ApiTokens } from "./ApiTokens";

export const metadata: Metadata = { title: "API tokens" };

export default function Page() {
  return <ApiTokens />;
}
