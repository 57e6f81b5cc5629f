"use client";

import type { OperationVariables, TypedDocumentNode } from "@apollo/client";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { useState } from "react";

/** What a server component rendered a page with (see `runServerQuery`): the operation's variables and answer. */
export interface Seed<TData, TVariables> {
  variables: TVariables;
  data: TData;
}

/**
 * `useQuery` for a server-rendered page: the server's answer goes into Apollo's cache once, before
 * the query first reads it, so the first render (on the server and in the browser) has the data
 * and the browser does not ask for it again. Other variables are fetched as usual.
 */
export function useSeededQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  // The operation's own types decide (a page's variables may leave out e.g. `after`).
  variables: NoInfer<TVariables>,
  seed: Seed<TData, NoInfer<TVariables>> | undefined,
) {
  const client = useApolloClient();
  useState(() => seed && client.writeQuery({ query, variables: seed.variables, data: seed.data }));
  return useQuery(query, {
    variables,
    fetchPolicy: seed ? "cache-first" : "cache-and-network",
    nextFetchPolicy: "cache-and-network",
  });
}
