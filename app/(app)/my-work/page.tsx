import type { Metadata } from "next";
import { MyWork } from "./my-work";

export const metadata: Metadata = { title: "My work" };

export default function Page() {
  return <MyWork />;
}
