"use client";

import { ApolloLink, HttpLink } from "@apollo/client";
import { ApolloClient, ApolloNextAppProvider, InMemoryCache } from "@apollo/client-integration-nextjs";
import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";
import { idempotentMutations } from "./_lib/idempotency-link";
import "./_lib/zod-without-eval";

function makeClient() {
  // During SSR of client components there is no origin to resolve a relative URL against.
  const origin = typeof window === "undefined" ? (process.env.NEXTAUTH_URL ?? "http://localhost:3000") : "";
  return new ApolloClient({
    cache: new InMemoryCache({
      // These lists are recomputed by the server on every change: the new one replaces the old.
      typePolicies: {
        // Objects without an id: a page that asks for more of one of their lists (Show all) must
        // merge its answer into the object, not replace it and lose the first query's fields.
        Dashboard: { merge: true },
        MyWork: { merge: true },
        // What the viewer may do: pages ask for different permissions of one organization or goal
        // (the dashboard editGoals, the views menu shareViews); each answer adds to the others.
        OrgPermissions: { merge: true },
        GoalPermissions: { merge: true },
        Goal: {
          fields: Object.fromEntries(
            ["criticalPath", "children", "progressParts", "smart", "progressHistory"].map((field) => [field, { merge: false }]),
          ),
        },
      },
    }),
    link: ApolloLink.from([
      idempotentMutations,
      new HttpLink({
        uri: `${origin}/api/graphql`,
        credentials: "same-origin",
        // The Next integration reads the body only for exactly this content type.
        headers: { "content-type": "application/json" },
      }),
    ]),
    defaultOptions: {
      watchQuery: { fetchPolicy: "cache-and-network" },
    },
  });
}

/** `nonce`: the page's CSP nonce, for the scripts that carry Apollo's server-fetched data to the browser. */
export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  return (
    <SessionProvider>
      <ApolloNextAppProvider makeClient={makeClient} extraScriptProps={{ nonce }}>
        {children}
      </ApolloNextAppProvider>
    </SessionProvider>
  );
}
