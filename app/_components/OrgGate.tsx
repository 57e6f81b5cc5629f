"use client";

import { useQuery } from "@apollo/client/react";
import { createContext, type ReactNode, useContext } from "react";
import { graphql, type ResultOf } from "@/graphql/client/graphql";
import { ButtonLink } from "./Button";
import { EmptyState } from "./EmptyState";
import { errorCode } from "./form-errors";

export const CurrentOrgQuery = graphql(`
  query CurrentOrg($slug: String!) {
    organization(slug: $slug) {
      id
      name
      slug
      timeZone
      viewerRole
    }
  }
`);

export type CurrentOrg = ResultOf<typeof CurrentOrgQuery>["organization"];

const OrgContext = createContext<CurrentOrg | undefined>(undefined);

/** The organization of the current /o/[slug] page (id, name, slug, timeZone, viewerRole); undefined while loading. */
export function useCurrentOrg(): CurrentOrg | undefined {
  return useContext(OrgContext);
}

export function OrgNotFound() {
  return (
    <EmptyState
      title="Organization not found"
      description="It doesn't exist, or you aren't a member. Ask an admin of the organization for an invitation."
      action={<ButtonLink href="/" variant="primary">Go to your organizations</ButtonLink>}
    />
  );
}

/**
 * Wraps every /o/[slug] page: loads the organization once for the whole subtree and replaces the
 * page with a friendly "not found" when the slug is unknown or not yours. Pages render meanwhile,
 * so their own queries are not held back.
 */
export function OrgGate({ slug, children }: { slug: string; children: ReactNode }) {
  const { data, error } = useQuery(CurrentOrgQuery, { variables: { slug } });
  if (error && !data && errorCode(error) === "NOT_FOUND") return <OrgNotFound />;
  return <OrgContext.Provider value={data?.organization}>{children}</OrgContext.Provider>;
}
