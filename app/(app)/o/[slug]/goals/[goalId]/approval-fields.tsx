"use client";

import { useQuery } from "@apollo/client/react";
import { useParams } from "next/navigation";
import type { ComponentProps } from "react";
import { Select } from "@/app/_components/fields";
import { GoalPageMembersQuery } from "./operations";

type FieldProps = Omit<ComponentProps<typeof Select>, "label" | "children">;

/**
 * The milestone form's approval choice: Standard or Approval, and for an approval who signs it
 * off. Any member may approve, stakeholders included (unlike owners), so the list is read from
 * the page's members query (the same query, answered from the cache).
 */
export function ApprovalFields({
  kind,
  title,
  kindField,
  approverField,
}: {
  kind: string;
  title?: string;
  kindField: FieldProps;
  approverField: FieldProps;
}) {
  const { slug } = useParams<{ slug: string }>();
  const { data } = useQuery(GoalPageMembersQuery, { variables: { slug } });
  const people = data?.organization.members.edges
    .map(({ node }) => ({ id: node.user.id, name: node.user.name, stakeholder: node.role === "STAKEHOLDER" }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const suffix = title ? ` of ${title}` : "";

  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <Select label={`Kind${suffix}`} {...kindField}>
        <option value="STANDARD">Standard</option>
        <option value="APPROVAL">Approval</option>
      </Select>
      {kind === "APPROVAL" ? (
        <Select
          label={`Approver${suffix}`}
          {...approverField}
          disabled={!people}
          description="Only they can approve it; it is done once they do."
        >
          <option value="">{people ? "Choose an approver" : "Loading members…"}</option>
          {(people ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.stakeholder ? " (stakeholder)" : ""}
            </option>
          ))}
        </Select>
      ) : null}
    </div>
  );
}
