import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/server/auth/options.ts";
import { type Viewer, viewerForSession } from "@/server/auth/viewer.ts";
import { signInUrl } from "./callback-url";

interface SessionFields {
  user?: { id?: string };
  sessionVersion?: number;
}

// The cookie as next-auth decodes it, before the server-side generation check.
const decodedSession = cache(() => getServerSession(authOptions));

/**
 * The signed-in user as a viewer (memberships and roles), as the API sees them; null when signed
 * out or when the session was ended on the server (sign-out, password change). Once per request
 * (layout, metadata and page share it), in the viewer's one statement.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = (await decodedSession()) as SessionFields | null;
  const userId = session?.user?.id;
  return userId ? viewerForSession(userId, session.sessionVersion ?? 0) : null;
});

/** The next-auth session in a server component or route handler; null when signed out or ended. */
export async function getSession() {
  const session = await decodedSession();
  return session && (await getViewer()) ? session : null;
}

/** Redirects to sign-in (coming back to `path` afterwards) when there is no live session. */
export async function requireSession(path?: string) {
  const session = await getSession();
  if (!session?.user) redirect(signInUrl(path));
  return session;
}
