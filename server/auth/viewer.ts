import "server-only";
import { Prisma } from "../../prisma/generated/client/client.ts";
import type { Organization } from "../../prisma/generated/client/client.ts";
import type { Role } from "../../prisma/generated/client/enums.ts";
import { prisma } from "../db.ts";
import { hashSecret } from "./tokens.ts";

/** Who is asking, with the roles they hold; loaded once per request, in one statement. */
export interface Viewer {
  userId: string;
  via: "session" | "token";
  roles: ReadonlyMap<string, Role>;
  orgIds: string[];
  /** Each organization's IANA time zone, which decides its "today". */
  timeZones: ReadonlyMap<string, string>;
  /**
   * The viewer's organizations, whole rows read in the viewer's own statement: every page shows
   * the organization it is in, and this way no page reads it again.
   */
  organizations: ReadonlyMap<string, Organization>;
}

// Every column of Organization (viewer.test.ts checks that this stays the whole row).
const ORGANIZATION_COLUMNS = Prisma.sql`o."name", o."slug", o."timeZone", o."mission", o."createdAt"`;

// One row per membership (or one row with null membership columns for a user with none).
interface ViewerRow {
  userId: string;
  organizationId: string | null;
  role: Role | null;
  name: string | null;
  slug: string | null;
  timeZone: string | null;
  mission: string | null;
  createdAt: Date | null;
}

function toViewer(via: Viewer["via"], rows: ViewerRow[]): Viewer | null {
  if (rows.length === 0) return null;
  const memberships = rows.filter((r) => r.organizationId !== null);
  const roles = new Map(memberships.map((m) => [m.organizationId!, m.role!] as const));
  const timeZones = new Map(memberships.map((m) => [m.organizationId!, m.timeZone!] as const));
  const organizations = new Map(
    memberships.map((m) => [
      m.organizationId!,
      { id: m.organizationId!, name: m.name!, slug: m.slug!, timeZone: m.timeZone!, mission: m.mission!, createdAt: m.createdAt! },
    ]),
  );
  return { userId: rows[0]!.userId, via, roles, orgIds: [...roles.keys()], timeZones, organizations };
}

/**
 * The viewer of a session JWT: null when the token's session generation is no longer the user's
 * (signed out, "sign out everywhere", password changed, account deleted). The check rides in the
 * viewer's own statement, so it costs no extra round trip.
 */
export async function viewerForSession(userId: string, sessionVersion: number): Promise<Viewer | null> {
  return loadViewer(userId, "session", Prisma.sql`AND u."sessionVersion" = ${sessionVersion}`);
}

/** The viewer of an already authenticated user, e.g. re-read after a mutation changed their roles. */
export async function viewerForUser(userId: string, via: Viewer["via"] = "session"): Promise<Viewer | null> {
  return loadViewer(userId, via, Prisma.empty);
}

async function loadViewer(userId: string, via: Viewer["via"], condition: Prisma.Sql): Promise<Viewer | null> {
  const rows = await prisma().$queryRaw<ViewerRow[]>`
    SELECT u."id" AS "userId", m."organizationId", m."role"::text AS "role", ${ORGANIZATION_COLUMNS}
    FROM "User" u
    LEFT JOIN "Membership" m ON m."userId" = u."id"
    LEFT JOIN "Organization" o ON o."id" = m."organizationId"
    WHERE u."id" = ${userId} ${condition}`;
  return toViewer(via, rows);
}

// lastUsedAt is advisory: refresh it at most once a minute so API traffic does not write per call.
const LAST_USED_RESOLUTION_MS = 60_000;

export async function viewerForApiToken(secret: string): Promise<Viewer | null> {
  const rows = await prisma().$queryRaw<(ViewerRow & { tokenId: string; lastUsedAt: Date | null })[]>`
    SELECT t."id" AS "tokenId", t."lastUsedAt", u."id" AS "userId", m."organizationId", m."role"::text AS "role", ${ORGANIZATION_COLUMNS}
    FROM "ApiToken" t
    JOIN "User" u ON u."id" = t."userId"
    LEFT JOIN "Membership" m ON m."userId" = u."id"
    LEFT JOIN "Organization" o ON o."id" = m."organizationId"
    WHERE t."tokenHash" = ${hashSecret(secret)} AND t."revokedAt" IS NULL`;
  const token = rows[0];
  if (!token) return null;
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma().apiToken.update({ where: { id: token.tokenId }, data: { lastUsedAt: new Date() } });
  }
  return toViewer("token", rows);
}
