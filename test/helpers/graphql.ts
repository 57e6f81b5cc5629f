import type { GraphQLFormattedError } from "graphql";
import { viewerForApiToken, viewerForUser } from "../../server/auth/viewer.ts";
import type { Context } from "../../graphql/context.ts";
import { createApolloServer } from "../../graphql/server.ts";

const server = createApolloServer();

// The API's sentences write dates in the reader's locale; the specs read them as en-GB, like e2e.
const TEST_LOCALE = "en-GB";

export interface Result<T = any> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/**
 * Executes an operation through the real Apollo Server (validation rules, error masking and
 * formatting included) as the given user, or anonymously with null.
 */
export async function run<T = any>(
  userId: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Result<T>> {
  const contextValue: Context = { viewer: userId ? await viewerForUser(userId) : null, locale: TEST_LOCALE };
  return execute<T>(contextValue, query, variables);
}

/** Same as run(), authenticated with an API token as a Bearer client would be. */
export async function runWithToken<T = any>(token: string, query: string, variables?: Record<string, unknown>) {
  return execute<T>({ viewer: await viewerForApiToken(token), locale: TEST_LOCALE }, query, variables);
}

async function execute<T>(contextValue: Context, query: string, variables?: Record<string, unknown>): Promise<Result<T>> {
  const response = await server.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== "single") throw new Error("incremental delivery is not used");
  const { data, errors } = response.body.singleResult;
  return { data: data as T | null | undefined, errors };
}

/** The error codes of a result, e.g. ["NOT_FOUND"]. */
export const codes = (result: Result) => (result.errors ?? []).map((e) => e.extensions?.code);

/** Relay global id as the API encodes it. */
export const gid = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString("base64");
