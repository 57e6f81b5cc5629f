import type { Metadata } from "next";
import { RoadmapView } from "./roadmap-view";

export const metadata: Metadata = { title: "Roadmap" };

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <RoadmapView slug={decodeURIComponent(slug)} />;
}
