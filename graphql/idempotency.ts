import "server-only";
import { createHash } from "node:crypto";
import { getOperationAST, parse } from "graphql";
import type { NextRequest } from "next/server";
import { claimKey, cleanUpNowAndThen, releaseUnlessApplied, storeAnswer, type StoredAnswer } from "../server/idempotency/store.ts";
import { runWithClaim } from "../server/idempotency/scope.ts";

// The Idempotency-Key header (IETF draft-ietf-httpapi-idempotency-key-header) on mutations: the
// first answer is kept 24 h and replayed to the same principal for the same key, without running
// the mutation again. Queries, anonymous requests and requests without the header are untouched.

export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";
const KEY_PATTERN = /^[\x21\x23-\x5b\x5d-\x7e]{1,255}$/;
export const BAD_KEY_MESSAGE =
  "Idempotency-Key must be 1 to 255 printable ASCII characters without spaces, quotes or backslashes (a UUID is a good choice).";
/** How long a request with a key in use waits for the first one's answer before answering 409. */
const WAIT_FOR_RUNNING_MS = 5_000;
const POLL_MS = 100;
// Failures after which nothing was saved and the same key should run again.
const retryableCodes = new Set(["SERVICE_UNAVAILABLE", "QUERY_TIMEOUT", "RATE_LIMITED", "INTERNAL_SERVER_ERROR"]);

export interface IdempotencyHooks<C> {
  context: () => Promise<C>;
  execute: (context: () => Promise<C>) => Promise<Response>;
  refuse: (status: number, message: string, code: string) => Response;
}

/** The key as sent, bare or as a structured-field string ("…"), or null when malformed. */
export function parseKey(header: string): string | null {
  const value = /^"(.*)"$/.exec(header.trim())?.[1] ?? header.trim();
  return KEY_PATTERN.test(value) ? value : null;
}

export async function withIdempotencyKey<C>(req: NextRequest, body: unknown, hooks: IdempotencyHooks<C>): Promise<Response> {
  const header = req.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (header === null || req.method !== "POST" || !isMutation(body)) return hooks.execute(hooks.context);
  const key = parseKey(header);
  if (!key) return hooks.refuse(400, BAD_KEY_MESSAGE, "BAD_REQUEST");

  let context: C;
  try {
    context = await hooks.context();
  } catch (error) {
    // Bad credentials or no database: answered as without the header.
    return hooks.execute(() => Promise.reject(error));
  }
  const known = () => Promise.resolve(context);
  const userId = (context as { viewer?: { userId?: string } | null }).viewer?.userId;
  if (!userId) return hooks.execute(known);

  cleanUpNowAndThen();
  const principal = `user:${userId}`;
  const hash = requestHash(body);
  for (const deadline = Date.now() + WAIT_FOR_RUNNING_MS; ; ) {
    const result = await claimKey(principal, key, hash);
    switch (result.kind) {
      case "claimed":
        return runClaimed(result.claim, () => hooks.execute(known));
      case "answered":
        return replay(result.answer);
      case "mismatch":
        return hooks.refuse(422, "This Idempotency-Key was already used for a different request. Send a new key for a new action.", "IDEMPOTENCY_KEY_REUSED");
      case "lost":
        return hooks.refuse(409, "The request with this Idempotency-Key was saved, but its answer was lost. Reload to see the result.", "IDEMPOTENCY_ANSWER_LOST");
      case "running":
        if (Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          continue;
        }
        return withRetryAfter(hooks.refuse(409, "A request with this Idempotency-Key is still running. Try again shortly.", "IDEMPOTENCY_KEY_IN_USE"));
    }
  }
}

async function runClaimed(claim: Parameters<typeof runWithClaim>[0], execute: () => Promise<Response>): Promise<Response> {
  let response: Response;
  try {
    response = await runWithClaim(claim, execute);
  } catch (error) {
    await releaseUnlessApplied(claim).catch(() => false);
    throw error;
  }
  const contentType = response.headers.get("content-type") ?? "application/json";
  // Incremental delivery (@defer) is not kept: the key is given back, the answer streams as it is.
  if (!/json/i.test(contentType) || contentType.includes("multipart")) {
    await releaseUnlessApplied(claim);
    return response;
  }
  const answer: StoredAnswer = { status: response.status, contentType, body: await response.text() };
  if (!(isRetryable(answer) && (await releaseUnlessApplied(claim)))) await storeAnswer(claim, answer);
  return new Response(answer.body, { status: answer.status, headers: response.headers });
}

function replay(answer: StoredAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: { "content-type": answer.contentType, "idempotent-replayed": "true" } });
}

function withRetryAfter(response: Response): Response {
  response.headers.set("retry-after", "1");
  return response;
}

function isRetryable(answer: StoredAnswer): boolean {
  if (answer.status >= 500 || answer.status === 429) return true;
  try {
    const { errors } = JSON.parse(answer.body) as { errors?: { extensions?: { code?: string; retryable?: boolean } }[] };
    return (errors ?? []).some((e) => e.extensions?.retryable === true || retryableCodes.has(e.extensions?.code ?? ""));
  } catch {
    return false;
  }
}

interface GraphQLBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** True for a body whose operation to run is a mutation; anything unparsable is left to Apollo to refuse. */
function isMutation(body: unknown): body is GraphQLBody {
  const { query, operationName } = (body ?? {}) as GraphQLBody;
  if (typeof query !== "string") return false;
  try {
    const operation = getOperationAST(parse(query), typeof operationName === "string" ? operationName : undefined);
    return operation?.operation === "mutation";
  } catch {
    return false;
  }
}

/** The same operation with the same variables hashes the same, however its JSON was laid out. */
export function requestHash({ query, variables, operationName }: GraphQLBody): string {
  return createHash("sha256")
    .update(JSON.stringify([query, canonical(variables ?? null), operationName ?? null]))
    .digest("hex");
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}
