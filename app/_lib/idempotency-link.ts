import { ApolloLink } from "@apollo/client";
import { ServerError } from "@apollo/client/errors";
import { RetryLink } from "@apollo/client/link/retry";
import { OperationTypeNode } from "graphql";

// Each mutation call is one user action: it gets a fresh Idempotency-Key (graphql/idempotency.ts),
// set before the RetryLink so that its retries (a lost connection, a 502/503/504, the key still in
// use by the first attempt) send the same key and the server saves the action at most once.

/** 128 random bits; getRandomValues works outside secure contexts too, unlike randomUUID. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

const isMutation = (operation: ApolloLink.Operation) => operation.operationType === OperationTypeNode.MUTATION;

const keyLink = new ApolloLink((operation, forward) => {
  if (isMutation(operation)) {
    const key = newIdempotencyKey();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, "idempotency-key": key } }));
  }
  return forward(operation);
});

const retryable = (error: unknown) => {
  if (!ServerError.is(error)) return error instanceof TypeError; // fetch's network failure
  if ([502, 503, 504].includes(error.statusCode)) return true;
  return error.statusCode === 409 && error.bodyText.includes("IDEMPOTENCY_KEY_IN_USE");
};

const retryLink = new RetryLink({
  delay: { initial: 300, max: 3_000, jitter: true },
  attempts: { max: 3, retryIf: (error, operation) => isMutation(operation) && retryable(error) },
});

/** Put in front of the HttpLink. */
export const idempotentMutations = ApolloLink.from([keyLink, retryLink]);
