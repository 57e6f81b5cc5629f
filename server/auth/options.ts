import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { safeCallbackUrl } from "../../app/_lib/callback-url.ts";
import { prisma } from "../db.ts";
import { burnPasswordCheck, verifyPassword } from "./passwords.ts";
import { authSecret } from "./secret.ts";

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  // Credentials sign-in requires JWT sessions; the JWT carries only the user id.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const email = credentials?.email?.trim().toLowerCase() ?? "";
        const password = credentials?.password ?? "";
        const user = email ? await prisma().user.findUnique({ where: { email } }) : null;
        if (!user) {
          await burnPasswordCheck(password);
          return null;
        }
        if (!(await verifyPassword(password, user.passwordHash))) return null;
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    // Sign-out and sign-in destinations follow the sign-in pages' rule, not next-auth's looser default.
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, baseUrl), baseUrl).href;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
