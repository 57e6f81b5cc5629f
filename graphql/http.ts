import "server-only";
import { type ApolloServer, type BaseContext, HeaderMap, type HTTPGraphQLResponse } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { NextRequest } from "next/server";
import { isDatabaseUnavailable } from "../server/db.ts";
import { MAX_RESPONSE_BYTES, tooLarge } from "./budget.ts";
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE } from "./errors.ts";
import { withIdempotencyKey } from "./idempotency.ts";

/** The largest request body accepted, in bytes; a larger one is refused with 413 before it is parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

const GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

// GraphQL's own request errors: under the legacy application/json media type the GraphQL over
// HTTP spec wants 200 for them (the errors are in the body); under graphql-response+json, 400.
const requestErrorCodes = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]);

/**
 * Apollo Server as a route handler. We read the body ourselves (instead of @as-integrations/next)
 * to bound its size (413), answer malformed JSON with a GraphQL error (400, not an empty 500),
 * accept media-type parameters such as "; charset=utf-8", and set the spec's status codes.
 */
export function createGraphQLHandler<C extends BaseContext>(server: ApolloServer<C>, context: (req: NextRequest) => Promise<C>) {
  server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
  return async (req: NextRequest): Promise<Response> => {
    const body = req.method === "POST" ? await readBody(req) : { ok: true as const, value: undefined };
    if (!body.ok) return errorResponse(req, body.status, body.message, body.code);
    const headers = new HeaderMap();
    req.headers.forEach((value, name) => headers.set(name, value));
    const execute = async (contextValue: () => Promise<C>) =>
      toResponse(
        await server.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method, headers, search: new URL(req.url).search, body: body.value },
          context: contextValue,
        }),
      );
    // A mutation with an Idempotency-Key runs at most once per key (graphql/idempotency.ts).
    return withIdempotencyKey(req, body.value, {
      context: () => context(req).catch(unavailableOrRethrow),
      execute,
      refuse: (status, message, code) => errorResponse(req, status, message, code),
    });
  };
}

type Body = { ok: true; value: unknown } | { ok: false; status: number; code: string; message: string };

async function readBody(req: NextRequest): Promise<Body> {
  const tooLarge = { ok: false, status: 413, code: "PAYLOAD_TOO_LARGE", message: `The request body is larger than the limit of ${MAX_BODY_BYTES} bytes.` } as const;
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return tooLarge;
  const bytes = await readAtMost(req.body, MAX_BODY_BYTES);
  if (!bytes) return tooLarge;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, code: "BAD_REQUEST", message: "The request body is not valid UTF-8." };
  }
  if (mediaType(req.headers.get("content-type")) !== "application/json") return { ok: true, value: text };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, code: "BAD_REQUEST", message: "The request body is not valid JSON." };
  }
}

/** The whole stream, or null as soon as it passes `limit` bytes (the rest is never read). */
async function readAtMost(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

const mediaType = (contentType: string | null) => contentType?.split(";")[0]!.trim().toLowerCase() ?? null;

function unavailableOrRethrow(error: unknown): never {
  if (!isDatabaseUnavailable(error)) throw error;
  throw new GraphQLError("The service is briefly unavailable. Try again in a few seconds.", {
    extensions: { code: SERVICE_UNAVAILABLE, http: { status: 503, headers: new HeaderMap([["retry-after", String(RETRY_AFTER_SECONDS)]]) } },
  });
}

/** A refusal before GraphQL runs, in the media type the client asked for. */
function errorResponse(req: NextRequest, status: number, message: string, code: string): Response {
  const type = (req.headers.get("accept") ?? "").includes(GRAPHQL_RESPONSE_JSON) ? GRAPHQL_RESPONSE_JSON : "application/json";
  // After a 413 the rest of the body was never read: the connection cannot carry another request.
  const connection: Record<string, string> = status === 413 ? { connection: "close" } : {};
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { "content-type": `${type}; charset=utf-8`, ...connection },
  });
}

function toResponse(response: HTTPGraphQLResponse): Response {
  const headers = new Headers();
  for (const [name, value] of response.headers) headers.set(name, value);
  if (response.body.kind === "chunked") {
    const iterator = response.body.asyncIterator;
    const stream = new ReadableStream<string>({
      async pull(controller) {
        const { done, value } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(value);
      },
    });
    return new Response(stream.pipeThrough(new TextEncoderStream()), { status: response.status ?? 200, headers });
  }
  const body = response.body.string;
  // The answer's exact size is known only now; past the limit it becomes the budget's one error.
  // (Characters, not bytes: a close enough bound, and free to read.)
  if (body.length > MAX_RESPONSE_BYTES) {
    const refusal = tooLarge();
    return new Response(JSON.stringify({ errors: [refusal] }), { status: refusal.status, headers });
  }
  return new Response(body, { status: statusFor(response.status ?? 200, headers.get("content-type"), body), headers });
}

function statusFor(status: number, contentType: string | null, body: string): number {
  if (status !== 400 || mediaType(contentType) !== "application/json") return status;
  // Error answers are small; only they are parsed again.
  const result = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  const requestError = !("data" in result) && (result.errors ?? []).every((e) => requestErrorCodes.has(e.extensions?.code ?? ""));
  return requestError ? 200 : status;
}
