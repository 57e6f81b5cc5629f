import { addTypenameToDocument } from "@apollo/client/utilities";
import { execute } from "graphql";
import { headers } from "next/headers";
import type { TadaDocumentNode } from "gql.tada";
import type { Viewer } from "@/server/auth/viewer.ts";
import { schema } from "@/graphql/schema.ts";
import { pickLocale } from "@/domain/locale.ts";
import { timeGraphql } from "@/server/request-metrics.ts";

/**
 * Runs one of the UI's operations in-process, as `viewer` (null: anonymous), with the same schema
 * and rules as `/api/graphql`, so a server component can render what the browser would fetch.
 * `__typename` is added as Apollo Client adds it, so the result can seed its cache. Null when the
 * operation failed (the page then loads in the browser and shows the error there).
 */
export async function runServerQuery<R, V extends Record<string, unknown>>(
  document: TadaDocumentNode<R, V>,
  variables: V,
  viewer: Viewer | null,
): Promise<R | null> {
  try {
    // The page's request's locale, as /api/graphql reads it, so the API's sentences match a refetch.
    const locale = pickLocale((await headers()).get("accept-language"));
    // Counted as the request's GraphQL time (Server-Timing `gql`), like /api/graphql's execution.
    const result = await timeGraphql(async () =>
      execute({
        schema,
        document: addTypenameToDocument(document),
        variableValues: variables,
        contextValue: { viewer, locale },
      }),
    );
    if (result.errors?.length || !result.data) return null;
    // graphql-js builds results on null-prototype objects; React passes only plain ones to the client.
    return JSON.parse(JSON.stringify(result.data)) as R;
  } catch {
    return null;
  }
}
