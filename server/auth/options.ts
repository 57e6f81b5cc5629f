import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { safeCallbackUrl } from "../../app/_lib/callback-url.ts";
import { authorizeWithPassword } from "./sign-in.ts";
import { authSecret } from "./secret.ts";
import { verifySessionRenewal } from "../account/session-renewal.ts";
import { currentSessionVersion, endSessions, sessionVersionOf } from "../account/sessions.ts";

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  // Credentials sign-in requires JWT sessions; the JWT carries only the user id.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // Rate-limited per email and per client address; see server/auth/sign-in.ts.
      authorize: (credentials) => authorizeWithPassword(credentials),
    }),
  ],
  callbacks: {
    // Sign-out and sign-in destinations follow the sign-in pages' rule, not next-auth's looser default.
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, baseUrl), baseUrl).href;
    },
    // The JWT carries the user's session generation; the viewer is refused once it moves on.
    async jwt({ token, user, trigger, session }) {
      if (user) token.sessionVersion = await currentSessionVersion(user.id);
      if (trigger === "update") {
        const renewed = verifySessionRenewal((session as { renewal?: unknown } | undefined)?.renewal, token.sub);
        if (renewed !== null) token.sessionVersion = renewed;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      (session as { sessionVersion?: number }).sessionVersion = sessionVersionOf(token);
      return session;
    },
  },
  events: {
    // Signing out ends the session on the server too: a copy of the cookie is refused afterwards.
    async signOut({ token }) {
      if (token?.sub) await endSessions(token.sub, sessionVersionOf(token));
    },
  },
};
