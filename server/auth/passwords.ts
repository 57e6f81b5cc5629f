import "server-only";
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { availableParallelism } from "node:os";
import { promisify } from "node:util";
import { env } from "../env.ts";
import { BUSY_RETRY_SECONDS } from "../rate-limit/config.ts";
import { RateLimitedError } from "../rate-limit/errors.ts";
import { BoundedConcurrency, QueueFullError } from "./bounded-concurrency.ts";

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

// scrypt with N=2^15 costs ~50 ms per guess on our machines; stored as scrypt$N$r$p$salt$hash
// so the cost can be raised later without breaking existing hashes.
const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEYLEN = 64;
const maxmem = 128 * PARAMS.N * PARAMS.r * 2;

// scrypt is CPU-bound. The async variant already runs in libuv's thread pool, off the event loop,
// but unbounded it would use every core (4 pool threads) and starve everyone else's requests
// during a sign-in flood. Half the cores (1 on a 2-core machine) hash; the rest serve reads.
// Past the queue, a hash is refused at once (429, retry in a few seconds) instead of waiting.
let slots: BoundedConcurrency | undefined;
function hashingSlots(): BoundedConcurrency {
  const { PASSWORD_HASH_CONCURRENCY, PASSWORD_HASH_QUEUE } = env();
  slots ??= new BoundedConcurrency(PASSWORD_HASH_CONCURRENCY ?? Math.max(1, Math.floor(availableParallelism() / 2)), PASSWORD_HASH_QUEUE);
  return slots;
}

const busy = () => new RateLimitedError(BUSY_RETRY_SECONDS, "Waymark is busy. Try again in a few seconds.");

async function boundedScrypt(...args: Parameters<typeof scryptAsync>): Promise<Buffer> {
  try {
    return await hashingSlots().run(() => scryptAsync(...args));
  } catch (error) {
    if (error instanceof QueueFullError) throw busy();
    throw error;
  }
}

/** Refuses up front, before any other work, when a password check would not be admitted now. */
export function assertHashingAvailable(): void {
  if (hashingSlots().full) throw busy();
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await boundedScrypt(password.normalize("NFKC"), salt, KEYLEN, { ...PARAMS, maxmem });
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltB64, keyB64] = stored.split("$");
  if (scheme !== "scrypt" || !saltB64 || !keyB64) return false;
  const N = Number(n);
  const expected = Buffer.from(keyB64, "base64");
  const actual = await boundedScrypt(password.normalize("NFKC"), Buffer.from(saltB64, "base64"), expected.length, {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 128 * N * Number(r) * 2,
  });
  return timingSafeEqual(actual, expected);
}

// Verifying against this when the email is unknown makes both failures cost the same time,
// so response timing does not reveal whether an account exists.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password");
  await verifyPassword(password, await dummyHash);
}
