import "server-only";
import { prisma } from "../db.ts";

/**
 * The session generation a next-auth JWT was issued for. Tokens from before sessions carried one
 * count as generation 0, the column's default, so they stay valid until the user's first sign-out.
 */
export function sessionVersionOf(token: object | null | undefined): number {
  const version = (token as { sessionVersion?: unknown } | null | undefined)?.sessionVersion;
  return typeof version === "number" && Number.isInteger(version) ? version : 0;
}

/** The generation a session issued now gets. */
export async function currentSessionVersion(userId: string): Promise<number> {
  const user = await prisma().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? 0;
}

/**
 * Ends every session of the user by moving to the next generation; returns the new one. With
 * `onlyFrom`, only a token of the current generation does so: a replayed, already-ended cookie
 * posted to sign-out must not be able to sign the user out of their newer sessions.
 */
export async function endSessions(userId: string, onlyFrom?: number): Promise<number | null> {
  const rows = await prisma().$queryRaw<{ sessionVersion: number }[]>`
    UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1
    WHERE "id" = ${userId} AND (${onlyFrom ?? null}::int IS NULL OR "sessionVersion" = ${onlyFrom ?? null}::int)
    RETURNING "sessionVersion"`;
  return rows[0]?.sessionVersion ?? null;
}
