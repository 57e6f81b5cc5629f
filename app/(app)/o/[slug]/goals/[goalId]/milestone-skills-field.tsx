"use client";

import { useQuery } from "@apollo/client/react";
import { useParams } from "next/navigation";
import { TagInput } from "@/app/_components/TagInput";
import { GoalPageMembersQuery } from "./operations";

/**
 * The milestone form's "Skills needed", suggesting the organization's tags in use (members' skills
 * and interests, other milestones' skills) so one skill keeps one spelling. The tags come with the
 * page's members query, answered from the cache.
 */
export function MilestoneSkillsField({ value, onChange, error }: { value: string[]; onChange: (skills: string[]) => void; error?: string }) {
  const { slug } = useParams<{ slug: string }>();
  const { data } = useQuery(GoalPageMembersQuery, { variables: { slug } });
  return (
    <TagInput
      label="Skills needed"
      value={value}
      onChange={onChange}
      error={error}
      suggestions={data?.organization.tags ?? []}
      description="Used to suggest an owner and to filter the workload."
    />
  );
}
