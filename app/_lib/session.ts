import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/server/auth/options.ts";
import { type Viewer, viewerForUser } from "@/server/auth/viewer.ts";
import { signInUrl } from "./callback-url";

/** The next-auth session in a server component or route handler; null when signed out. */
export async function getSession() {
  return getServerSession(authOptions);
}

/** Redirects to sign-in (coming back to `path` afterwards) when there is no session. */
export async function requireSession(path?: string) {
  const session = await getSession();
  if (!session?.user) redirect(signInUrl(path));
  return session;
}

/**
 * The signed-in user as a viewer (memberships and roles), as the API sees them; null when signed
 * out. Once per request (metadata and page share it).
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const userId = ((await getSession())?.user as { id?: string } | undefined)?.id;
  return userId ? viewerForUser(userId) : null;
});
