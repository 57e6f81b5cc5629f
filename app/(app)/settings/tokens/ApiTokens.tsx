"use client";

import { KeyRound, TriangleAlert } from "lucide-react";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Badge } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { Card, CardHeader } from "@/app/_components/Card";
import { CopyField } from "@/app/_components/CopyField";
import { EmptyState } from "@/app/_components/EmptyState";
import { TextField, useFocusFirstError } from "@/app/_components/fields";
import { type FormErrors, formErrorsFrom, noErrors, validationErrors } from "@/app/_components/form-errors";
import { formatDate, formatDateTime, formatRelative } from "@/app/_components/format";
import { PageHeader } from "@/app/_components/PageHeader";
import { RevocableList } from "@/app/_components/RevocableList";
import { SkeletonList } from "@/app/_components/Skeleton";
import { graphql, type ResultOf } from "@/graphql/client/graphql";
import { createApiTokenInput } from "@/domain/schemas/token.ts";
import { LoadError } from "@/app/_components/LoadError";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import { ApiTokensQuery } from "./operations";

const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        prefix
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        id
        revokedAt
      }
    }
  }
`);

type Token = NonNullable<ResultOf<typeof ApiTokensQuery>["me"]>["apiTokens"][number];

const keyIcon = (
  <KeyRound aria-hidden className="size-6" />
);

export function ApiTokens({ initial }: { initial?: Seed<ResultOf<typeof ApiTokensQuery>, Record<string, never>> }) {
  const { data, loading, error, refetch } = useSeededQuery(ApiTokensQuery, {}, initial);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const tokens = data?.me?.apiTokens ?? [];

  return (
    <div className="max-w-4xl">
      <PageHeader
        title="API tokens"
        description="Personal tokens let scripts and integrations use the Waymark API as you, with your access to every organization you belong to."
      />
      <div className="space-y-8">
        <CreateTokenForm inputRef={nameInput} onCreated={setCreated} />
        {created ? <NewTokenNotice {...created} onDone={() => setCreated(null)} /> : null}
        {error && !data ? (
          <LoadError title="Couldn't load your tokens" error={error} onRetry={refetch} />
        ) : loading && !data ? (
          <SkeletonList rows={2} label="Loading tokens" />
        ) : tokens.length === 0 ? (
          <EmptyState
            icon={keyIcon}
            title="No API tokens yet"
            description="Create a token above to call the GraphQL API from a script, a CI job or another tool."
            action={
              <Button variant="primary" onClick={() => nameInput.current?.focus()}>
                Create your first token
              </Button>
            }
          />
        ) : (
          <TokenList tokens={tokens} />
        )}
        <UsageHelp />
      </div>
    </div>
  );
}

function CreateTokenForm({
  inputRef,
  onCreated,
}: {
  inputRef: React.RefObject<HTMLInputElement | null>;
  onCreated: (created: { name: string; token: string }) => void;
}) {
  const [create] = useMutation(CreateApiTokenMutation, { refetchQueries: ["ApiTokens"], awaitRefetchQueries: true });
  const [name, setName] = useState("");
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validationErrors(createApiTokenInput, { name });
    if (invalid) {
      setErrors(invalid);
      return;
    }
    setSubmitting(true);
    setErrors(noErrors);
    try {
      const { data } = await create({ variables: { input: { name } } });
      const result = data!.createApiToken;
      onCreated({ name: result.apiToken.name, token: result.token });
      setName("");
    } catch (error) {
      setErrors(formErrorsFrom(error, ["name"]));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Card>
      <CardHeader title="Create a token" description="Name it after where it will be used, so you know which one to revoke later." />
      <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-5">
        {errors.formError ? (
          <Alert tone="error" className="mb-4">
            {errors.formError}
          </Alert>
        ) : null}
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <TextField
            ref={inputRef}
            label="Token name"
            name="name"
            placeholder="e.g. CI deploy, Weekly report script"
            maxLength={100}
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={errors.fieldErrors.name}
            wrapperClassName="flex-1"
          />
          <Button type="submit" variant="primary" loading={submitting} className="sm:mt-7">
            Create token
          </Button>
        </div>
      </form>
    </Card>
  );
}

function NewTokenNotice({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, []);
  return (
    <div ref={ref} className="rounded-xl border border-amber-300 bg-amber-50 p-5 shadow-sm sm:p-6">
      <div className="flex items-start gap-3">
        <TriangleAlert aria-hidden className="mt-0.5 size-5 shrink-0 text-amber-600" />
        <div className="min-w-0 flex-1">
          <h2 role="status" className="font-semibold text-amber-950">
            Token &ldquo;{name}&rdquo; created — copy it now
          </h2>
          <p className="mt-1 text-sm text-amber-900">
            This is the only time the token is shown. Store it somewhere safe, like a password manager or your CI&apos;s secret
            settings. If you lose it, revoke it and create a new one.
          </p>
          <CopyField label="New API token" value={token} copyLabel="Copy token" className="mt-4" autoFocus />
          <div className="mt-1 flex justify-end">
            <Button size="sm" variant="secondary" onClick={onDone}>
              I&apos;ve saved it
            </Button>
          </div>
        </div>
      </div>
    </div>
  );
}

function TokenList({ tokens }: { tokens: readonly Token[] }) {
  const [revoke] = useMutation(RevokeApiTokenMutation);
  const active = tokens.filter((t) => !t.revokedAt).length;

  return (
    <RevocableList
      title="Your tokens"
      description={`${active} active${tokens.length > active ? `, ${tokens.length - active} revoked` : ""}.`}
      revoke={(t: Token) => revoke({ variables: { input: { apiTokenId: t.id } } })}
      confirmation={(t) => ({
        title: `Revoke "${t.name}"?`,
        description: "Anything using this token stops working immediately. This can't be undone.",
        confirmLabel: "Revoke token",
      })}
    >
      {(revokeButton) => (
        <div className="relative">
          <table className="w-full text-left text-sm">
            <thead className="hidden border-y border-slate-100 bg-slate-50/80 text-xs tracking-wide text-slate-500 uppercase sm:table-header-group">
              <tr>
                <th scope="col" className="px-5 py-2.5 font-medium sm:px-6">Name</th>
                <th scope="col" className="px-3 py-2.5 font-medium">Token</th>
                <th scope="col" className="hidden px-3 py-2.5 font-medium sm:table-cell">Created</th>
                <th scope="col" className="px-3 py-2.5 font-medium">Last used</th>
                <th scope="col" className="px-5 py-2.5 sm:px-6">
                  <span className="sr-only">Status and actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 border-t border-slate-100 sm:border-t-0">
              {tokens.map((t) => (
                <tr key={t.id} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1.5 px-5 py-3.5 sm:table-row sm:p-0">
                  <td className="min-w-0 truncate font-medium sm:px-6 sm:py-3">
                    <span className={t.revokedAt ? "text-slate-500 line-through decoration-slate-300" : "text-slate-900"}>{t.name}</span>
                  </td>
                  <td className="text-right sm:px-3 sm:py-3 sm:text-left">
                    <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{t.prefix}…</code>
                  </td>
                  <td className="hidden px-3 py-3 whitespace-nowrap text-slate-500 sm:table-cell">{formatDate(t.createdAt)}</td>
                  <td className="whitespace-nowrap text-slate-500 sm:px-3 sm:py-3">
                    <span className="sm:hidden">Last used </span>
                    {t.lastUsedAt ? <time dateTime={t.lastUsedAt} title={formatDateTime(t.lastUsedAt)}>{formatRelative(t.lastUsedAt)}</time> : "Never"}
                  </td>
                  <td className="text-right whitespace-nowrap sm:px-6 sm:py-3">
                    {t.revokedAt ? (
                      <Badge tone="neutral" title={`Revoked ${formatDateTime(t.revokedAt)}`}>
                        Revoked {formatDate(t.revokedAt)}
                      </Badge>
                    ) : (
                      <div className="flex items-center justify-end gap-3">
                        <Badge tone="green">Active</Badge>
                        {revokeButton(t, t.name)}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </RevocableList>
  );
}

function UsageHelp() {
  const [origin, setOrigin] = useState("https://your-waymark");
  useEffect(() => {
    setOrigin(window.location.origin);
  }, []);
  return (
    <Card>
      <CardHeader title="Using a token" description="Send it as a Bearer token to the GraphQL endpoint. Everything you can do in the app, the API can do." />
      <pre className="mt-4 overflow-x-auto rounded-lg bg-slate-900 p-4 font-mono text-xs leading-5 text-slate-100">
        <code>{`curl ${origin}/api/graphql \\
  -H "Authorization: Bearer <your token>" \\
  -H "Content-Type: application/json" \\
  -d '{"query":"{ me { name memberships { organization { name slug } } } }"}'`}</code>
      </pre>
    </Card>
  );
}
