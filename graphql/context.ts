import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { authSecret } from "../server/auth/options.ts";
import { type Viewer, viewerForApiToken, viewerForUser } from "../server/auth/viewer.ts";

export interface Context {
  viewer: Viewer | null;
}

/** A Bearer API token wins over the session cookie; neither means an anonymous request. */
export async function createContext(req: NextRequest): Promise<Context> {
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return { viewer: match ? await viewerForApiToken(match[1]!) : null };
  }
  const token = await getToken({ req, secret: authSecret() });
  return { viewer: token?.sub ? await viewerForUser(token.sub) : null };
}

/** After a mutation that changed the viewer's memberships, so the payload can be read back. */
export async function refreshViewer(ctx: Context): Promise<void> {
  if (ctx.viewer) ctx.viewer = await viewerForUser(ctx.viewer.userId, ctx.viewer.via);
}
