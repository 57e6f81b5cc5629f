import "server-only";
import { GraphQLError } from "graphql";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { pickLocale } from "../domain/locale.ts";
import { authSecret } from "../server/auth/secret.ts";
import { sessionVersionOf } from "../server/account/sessions.ts";
import { type Viewer, viewerForApiToken, viewerForSession, viewerForUser } from "../server/auth/viewer.ts";

export interface Context {
  viewer: Viewer | null;
  /** The reader's locale (Accept-Language): dates inside the API's sentences (SMART, activity) follow it. */
  locale: string;
}

/** A Bearer API token wins over the session cookie; neither means an anonymous request. */
export async function createContext(req: NextRequest): Promise<Context> {
  const locale = pickLocale(req.headers.get("accept-language"));
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const viewer = match ? await viewerForApiToken(match[1]!) : null;
    // A client that sends credentials must learn they are bad, not be served as anonymous.
    if (!viewer) {
      throw new GraphQLError("The API token is invalid or has been revoked.", {
        extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
      });
    }
    return { viewer, locale };
  }
  const token = await getToken({ req, secret: authSecret() });
  return { viewer: token?.sub ? await viewerForSession(token.sub, sessionVersionOf(token)) : null, locale };
}

/** After a mutation that changed the viewer's memberships, so the payload can be read back. */
export async function refreshViewer(ctx: Context): Promise<void> {
  if (ctx.viewer) ctx.viewer = await viewerForUser(ctx.viewer.userId, ctx.viewer.via);
}
