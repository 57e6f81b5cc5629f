import "server-only";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.ts";

/**
 * The signed-in person's own things (their inbox, and whatever else is theirs alone), as
 * `viewer { … }`. Other files add fields with `builder.objectField(ViewerRef, …)`. It carries an id
 * so that a mutation's answer (e.g. markNotificationRead { viewer { unreadNotificationCount } })
 * updates the client's cached copy.
 */
export const ViewerRef = builder.objectRef<{ userId: string }>("Viewer").implement({
  description: "The signed-in person's own data.",
  fields: (t) => ({
    id: t.id({ resolve: (v) => encodeGlobalID("Viewer", v.userId) }),
  }),
});

builder.queryField("viewer", (t) =>
  t.field({
    type: ViewerRef,
    description: "The signed-in person: their inbox and unread count. UNAUTHENTICATED when signed out.",
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => ({ userId: ctx.viewer!.userId }),
  }),
);
