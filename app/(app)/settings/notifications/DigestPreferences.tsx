"use client";

import { useMutation } from "@apollo/client/react";
import { useId, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Card, CardHeader } from "@/app/_components/Card";
import { EmptyState } from "@/app/_components/EmptyState";
import { Checkbox, Select } from "@/app/_components/fields";
import { errorMessage } from "@/app/_components/form-errors";
import type { ResultOf } from "@/graphql/client/graphql";
import { NotificationSettingsQuery, UpdateDigestPreferenceMutation } from "./operations";

type Digest = ResultOf<typeof NotificationSettingsQuery>["viewer"]["digestPreferences"][number];
type Scope = Digest["scope"];

const SCOPE_LABELS: Record<Scope, string> = {
  MINE: "Goals I own, follow or hold milestones in",
  ORGANIZATION: "Every goal of the organization",
};

/** Per organization: the Monday-morning digest on or off, and what it covers. */
export function DigestPreferences({ preferences }: { preferences: readonly Digest[] }) {
  return (
    <Card>
      <CardHeader
        title="Weekly digest"
        description="On Monday morning, in each organization's time zone: milestones due this week and missed, goals' health and what changed, check-ins due, and wins. Nothing to report sends nothing."
      />
      {preferences.length === 0 ? (
        <div className="mt-5">
          <EmptyState title="No organizations yet" description="Join or create an organization to get its weekly digest." />
        </div>
      ) : (
        <ul className="mt-5 divide-y divide-slate-100 border-t border-slate-100">
          {preferences.map((p) => (
            <DigestRow key={p.organization.id} preference={p} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function DigestRow({ preference }: { preference: Digest }) {
  const [update, { loading }] = useMutation(UpdateDigestPreferenceMutation);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const headingId = useId();

  async function save(change: Partial<Pick<Digest, "enabled" | "scope">>) {
    const next = { ...preference, ...change };
    setError(null);
    setSaved(false);
    try {
      await update({
        variables: { input: { organizationId: preference.organization.id, enabled: next.enabled, scope: next.scope } },
        optimisticResponse: { updateDigestPreference: { __typename: "UpdateDigestPreferencePayload", preference: next } },
        // The digest choices have no ids of their own: put the saved one in place.
        update: (cache, { data }) => {
          const result = data?.updateDigestPreference.preference;
          if (!result) return;
          cache.updateQuery({ query: NotificationSettingsQuery }, (current) =>
            current
              ? {
                  ...current,
                  viewer: {
                    ...current.viewer,
                    digestPreferences: current.viewer.digestPreferences.map((d) => (d.organization.id === result.organization.id ? result : d)),
                  },
                }
              : current,
          );
        },
      });
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <li className="py-4" aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold text-slate-900" dir="auto">
        {preference.organization.name}
      </h3>
      <div className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <Checkbox
          label="Send me the weekly digest"
          checked={preference.enabled}
          disabled={loading}
          onChange={(e) => save({ enabled: e.target.checked })}
        />
        <Select
          label="Covers"
          wrapperClassName="sm:w-80"
          value={preference.scope}
          disabled={!preference.enabled || loading}
          onChange={(e) => save({ scope: e.target.value as Scope })}
        >
          {(Object.keys(SCOPE_LABELS) as Scope[]).map((scope) => (
            <option key={scope} value={scope}>
              {SCOPE_LABELS[scope]}
            </option>
          ))}
        </Select>
      </div>
      {error ? (
        <div className="mt-3">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
      <p role="status" className="sr-only">
        {saved ? `Saved: weekly digest of ${preference.organization.name}.` : ""}
      </p>
    </li>
  );
}
