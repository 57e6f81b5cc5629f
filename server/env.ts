import { z } from "zod";

// One place that reads process.env; each missing or malformed variable gets its own message.
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional(),
  PGLITE_DIR: z.string().default(".data/pglite"),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be an absolute URL").optional(),
  // A request slower than this, or issuing more statements, logs one "[slow]" line.
  SLOW_REQUEST_MS: z.coerce.number("SLOW_REQUEST_MS must be a number of milliseconds").positive().default(1000),
  SLOW_REQUEST_STATEMENTS: z.coerce.number("SLOW_REQUEST_STATEMENTS must be a whole number").int().positive().default(100),
  // Rate limits key on the client address: the socket's, or with TRUST_PROXY the X-Forwarded-For
  // entry that many hops from the right (1 = one reverse proxy in front). server/rate-limit.
  TRUST_PROXY: z
    .union([z.enum(["true", "false"]).transform((v) => (v === "true" ? 1 : 0)), z.coerce.number().int().min(0).max(10)], {
      error: "TRUST_PROXY must be true, false or a number of proxy hops",
    })
    .default(0),
  // Client addresses (comma-separated) exempt from per-address rate limits, e.g. a monitoring host,
  // or the e2e suite that signs up every test's users from 127.0.0.1. Per-account limits still apply.
  RATE_LIMIT_ALLOWLIST: z
    .string()
    .default("")
    .transform((list) => new Set(list.split(",").map((a) => a.trim()).filter(Boolean))),
  // Password hashing (scrypt) runs this many at a time; more than PASSWORD_HASH_QUEUE waiting are refused.
  PASSWORD_HASH_CONCURRENCY: z.coerce.number("PASSWORD_HASH_CONCURRENCY must be a whole number").int().positive().optional(),
  PASSWORD_HASH_QUEUE: z.coerce.number("PASSWORD_HASH_QUEUE must be a whole number").int().min(0).default(8),
  // Email (server/email): sent through this SMTP server (smtp://user:pass@host:587, smtps://… for
  // TLS from the start); unset, messages are kept in the database for the "Sent emails" page.
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL" })
    .optional(),
  // The From of every email; default "Waymark <no-reply@<NEXTAUTH_URL's host>>".
  MAIL_FROM: z.string().trim().min(3, "MAIL_FROM must be an address, e.g. Waymark <no-reply@example.com>").optional(),
  // Benchmarking aid: a file to append every SQL statement to, one JSON line each.
  WAYMARK_SQL_LOG: z.string().min(1).optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Forget the parsed environment, for tests that change a variable between cases. */
export function resetEnvCache() {
  cached = undefined;
}

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  if (parsed.data.NODE_ENV === "production" && !parsed.data.NEXTAUTH_SECRET) {
    throw new Error("Invalid environment:\n  NEXTAUTH_SECRET: required in production");
  }
  cached = parsed.data;
  return cached;
}
