import type { Role } from "../../prisma/generated/client/enums.ts";
import { prisma } from "../db.ts";
import { hashSecret } from "./tokens.ts";

/** Who is asking, with the roles they hold; loaded once per request. */
export interface Viewer {
  userId: string;
  via: "session" | "token";
  roles: ReadonlyMap<string, Role>;
  orgIds: string[];
}

function toViewer(userId: string, via: Viewer["via"], memberships: { organizationId: string; role: Role }[]): Viewer {
  const roles = new Map(memberships.map((m) => [m.organizationId, m.role] as const));
  return { userId, via, roles, orgIds: [...roles.keys()] };
}

export async function viewerForUser(userId: string, via: Viewer["via"] = "session"): Promise<Viewer | null> {
  const user = await prisma().user.findUnique({
    where: { id: userId },
    select: { id: true, memberships: { select: { organizationId: true, role: true } } },
  });
  return user ? toViewer(user.id, via, user.memberships) : null;
}

// lastUsedAt is advisory: refresh it at most once a minute so API traffic does not write per call.
const LAST_USED_RESOLUTION_MS = 60_000;

export async function viewerForApiToken(secret: string): Promise<Viewer | null> {
  const token = await prisma().apiToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, memberships: { select: { organizationId: true, role: true } } } },
    },
  });
  if (!token || token.revokedAt) return null;
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return toViewer(token.user.id, "token", token.user.memberships);
}
