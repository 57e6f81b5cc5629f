"use client";

import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Card, CardHeader } from "@/app/_components/Card";
import { errorMessage } from "@/app/_components/form-errors";
import { LoadError } from "@/app/_components/LoadError";
import { PageHeader } from "@/app/_components/PageHeader";
import { SkeletonList } from "@/app/_components/Skeleton";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import type { ResultOf } from "@/graphql/client/graphql";
import { DigestPreferences } from "./DigestPreferences";
import { NotificationSettingsQuery, UpdateNotificationPreferenceMutation } from "./operations";

type Data = ResultOf<typeof NotificationSettingsQuery>;
type Preference = Data["viewer"]["notificationPreferences"][number];

/** Each kind of notification × (in the app, by email), and each organization's weekly digest. */
export function NotificationSettings({ initial }: { initial?: Seed<Data, Record<string, never>> }) {
  const { data, loading, error, refetch } = useSeededQuery(NotificationSettingsQuery, {}, initial);
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Notification settings"
        description="Choose what you hear about in Waymark and by email, and whether each organization sends you a weekly digest."
      />
      {error && !data ? (
        <LoadError title="Couldn't load your preferences" error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <SkeletonList rows={4} label="Loading preferences" />
      ) : data ? (
        <div className="space-y-8">
          <KindPreferences preferences={data.viewer.notificationPreferences} />
          <DigestPreferences preferences={data.viewer.digestPreferences} />
        </div>
      ) : null}
    </div>
  );
}

const checkboxClasses = "size-4 rounded border-slate-300 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

function KindPreferences({ preferences }: { preferences: readonly Preference[] }) {
  const [update] = useMutation(UpdateNotificationPreferenceMutation);
  const [status, setStatus] = useState<{ error?: string; saved?: string }>({});

  async function save(preference: Preference, change: Partial<Pick<Preference, "inApp" | "email">>) {
    const next = { ...preference, ...change, isDefault: false };
    setStatus({});
    try {
      await update({
        variables: { input: { kind: next.kind, inApp: next.inApp, email: next.email } },
        optimisticResponse: { updateNotificationPreference: { __typename: "UpdateNotificationPreferencePayload", preference: next } },
        // The preferences list has no ids: put the saved row in place.
        update: (cache, { data: result }) => {
          const saved = result?.updateNotificationPreference.preference;
          if (!saved) return;
          cache.updateQuery({ query: NotificationSettingsQuery }, (current) =>
            current
              ? { ...current, viewer: { ...current.viewer, notificationPreferences: current.viewer.notificationPreferences.map((p) => (p.kind === saved.kind ? saved : p)) } }
              : current,
          );
        },
      });
      setStatus({ saved: `Saved: ${preference.label}.` });
    } catch (e) {
      setStatus({ error: errorMessage(e) });
    }
  }

  return (
    <Card padded={false}>
      <div className="p-5 sm:p-6">
        <CardHeader title="What you hear about" description="In the app: the inbox and its unread count. By email: one short email each." />
      </div>
      {status.error ? (
        <div className="px-5 pb-4 sm:px-6">
          <Alert tone="error">{status.error}</Alert>
        </div>
      ) : null}
      <table className="w-full text-sm">
        <caption className="sr-only">Notification preferences: each kind, in the app and by email</caption>
        <thead>
          <tr className="border-y border-slate-200 bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
            <th scope="col" className="px-5 py-2.5 sm:px-6">
              Notification
            </th>
            <th scope="col" className="w-20 px-3 py-2.5 text-center sm:w-24">
              In app
            </th>
            <th scope="col" className="w-20 px-3 py-2.5 text-center sm:w-24">
              Email
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {preferences.map((p) => (
            <tr key={p.kind}>
              <th scope="row" className="px-5 py-3 text-left font-normal text-slate-800 sm:px-6">
                {p.label}
              </th>
              <td className="px-3 py-3 text-center">
                <input
                  type="checkbox"
                  className={checkboxClasses}
                  aria-label={`${p.label}: in app`}
                  checked={p.inApp}
                  onChange={(e) => save(p, { inApp: e.target.checked })}
                />
              </td>
              <td className="px-3 py-3 text-center">
                <input
                  type="checkbox"
                  className={checkboxClasses}
                  aria-label={`${p.label}: email`}
                  checked={p.email}
                  onChange={(e) => save(p, { email: e.target.checked })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" className="min-h-10 px-5 py-3 text-xs text-slate-500 sm:px-6">
        {status.saved ?? ""}
      </p>
    </Card>
  );
}
