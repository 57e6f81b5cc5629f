// One row of the benchmark: autocannon against one call, with every response checked (status,
// GraphQL `errors`, and the statement count the server reports in its Server-Timing header).
import autocannon, { type Request } from "autocannon";

export interface Call {
  name: string;
  /** Origin the requests go to (the app, or the baseline). */
  origin: string;
  /** Sent in turn on each connection; several when a page's browser load needs several operations. */
  requests: Request[];
  /** A GraphQL call: a 200 whose body has `errors` counts as an error. */
  graphql: boolean;
}

export interface Measurement {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  responses: number;
  /** How long the run took. */
  seconds: number;
  /** Why the run was not the plain timed one. */
  note?: string;
  /** Non-2xx responses, transport errors, timeouts and GraphQL errors together. */
  errors: number;
  firstError?: string;
  /** Mean of the Server-Timing `db` metric's "N statements"; null when no response carried it. */
  statements: number | null;
}

/** `N` of `db;dur=…;desc="N statements"` in a Server-Timing header value; null when absent. */
export function statementsOf(serverTiming: string | string[] | undefined): number | null {
  for (const value of [serverTiming ?? []].flat()) {
    for (const metric of value.split(",")) {
      const [name, ...params] = metric.trim().split(";");
      if (name?.trim() !== "db") continue;
      const desc = params.map((p) => p.trim()).find((p) => p.startsWith("desc="));
      const n = desc && /(\d+)\s+statements?/.exec(desc)?.[1];
      if (n) return Number(n);
    }
  }
  return null;
}

const headerOf = (headers: Record<string, string | string[]>, name: string) =>
  Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];

export interface LoadOptions {
  connections: number;
  seconds: number;
  /**
   * Called after each autocannon run. autocannon stops with requests still in flight and the
   * server keeps executing them; waiting for it to be idle keeps them from slowing the next run.
   */
  settle?: () => Promise<void>;
}

/**
 * Runs the call for `seconds`. A call so slow that fewer than two responses per connection
 * complete in that time is run again for exactly that many responses, however long it takes:
 * a rate from a handful of responses cut off by the clock would be mostly noise (or zero).
 */
export async function measure(call: Call, options: LoadOptions): Promise<Measurement> {
  const minimum = 2 * options.connections;
  const timed = await run(call, options.connections, { duration: options.seconds });
  await options.settle?.();
  if (timed.responses >= minimum || options.seconds < 1) return timed;
  const counted = await run(call, options.connections, { amount: minimum });
  await options.settle?.();
  return {
    ...counted,
    // The timed run's failures were real responses too.
    errors: timed.errors + counted.errors,
    firstError: timed.firstError ?? counted.firstError,
    note: `fewer than ${minimum} responses in ${options.seconds} s: ran to ${minimum} responses`,
  };
}

/** A timed run whose numbers are thrown away: JIT, caches, pools and plans get warm. */
export async function warmUp(call: Call, options: LoadOptions) {
  await run(call, options.connections, { duration: options.seconds });
  await options.settle?.();
}

async function run(call: Call, connections: number, until: { duration: number } | { amount: number }): Promise<Measurement> {
  let responses = 0;
  let badResponses = 0;
  let statementSum = 0;
  let statementCount = 0;
  let firstError: string | undefined;
  const onResponse: Request["onResponse"] = (status, body, _context, headers) => {
    responses++;
    const failed = status < 200 || status > 299 || (call.graphql && body.includes('"errors":['));
    if (failed) {
      badResponses++;
      firstError ??= `${status} ${body.slice(0, 300)}`;
    }
    const statements = statementsOf(headerOf(headers, "server-timing"));
    if (statements !== null) {
      statementSum += statements;
      statementCount++;
    }
  };
  const result = await autocannon({
    url: call.origin,
    connections,
    ...until,
    // A slow call is measured, not abandoned: time out only what is clearly stuck.
    timeout: 120,
    requests: call.requests.map((request) => ({ ...request, onResponse })),
  });
  // non-2xx responses also reach onResponse; transport errors and timeouts do not.
  const errors = badResponses + result.errors + result.timeouts;
  if (!firstError && errors > 0) firstError = `${result.errors} connection errors, ${result.timeouts} timeouts`;
  return {
    name: call.name,
    requestsPerSecond: result.duration > 0 ? responses / result.duration : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    responses,
    seconds: result.duration,
    errors,
    firstError,
    statements: statementCount > 0 ? statementSum / statementCount : null,
  };
}
