import { GraphQLError } from "graphql";
import type { NextRequest } from "next/server";
import { createContext } from "../../../../../graphql/context.ts";
import { DomainError } from "../../../../../server/errors.ts";
import { exportGoalsCsv } from "../../../../../server/export/export.ts";

const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The organization's goals and milestones as CSV, for its members (session cookie or Bearer token, as the API). */
export async function GET(req: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  let viewer;
  try {
    ({ viewer } = await createContext(req));
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === "UNAUTHENTICATED") return text(error.message, 401);
    throw error;
  }
  if (!viewer) return text("Sign in to export.", 401);
  try {
    const { filename, csv } = await exportGoalsCsv(viewer, (await params).slug);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return text("Not found.", 404);
    throw error;
  }
}
