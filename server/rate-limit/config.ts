import "server-only";
/**
 * Every rate limit in one place. Each entry point has a limit per account (the email, user id or
 * secret it is about) and per client address; a request must pass both. `points` requests are
 * allowed per `seconds`; the answer past that is 429 with Retry-After until the window ends.
 */
export interface Rule {
  points: number;
  seconds: number;
}

export interface EntryLimits {
  account: Rule;
  address: Rule;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const limits = {
  // Failed sign-ins (a success gives its attempt back). 10 per account per 15 minutes lets a person
  // mistype often but holds a guesser to ~1,000 tries a day; the lock-out lasts at most the window.
  // 50 per address leaves room for an office behind one NAT while stopping one host's spraying.
  signIn: { account: { points: 10, seconds: 15 * MINUTE }, address: { points: 50, seconds: 15 * MINUTE } },
  // Sign-up answers whether an email is taken, so it is throttled like a secret check: a handful
  // of tries per email, and 10 accounts an hour from one address (a classroom may sign up together).
  signUp: { account: { points: 5, seconds: HOUR }, address: { points: 10, seconds: HOUR } },
  // Invitation tokens are long random secrets; this caps guessing and the write it triggers.
  acceptInvitation: { account: { points: 10, seconds: 15 * MINUTE }, address: { points: 30, seconds: 15 * MINUTE } },
  // Reading an invitation link before sign-in (public): per link and per address.
  previewInvitation: { account: { points: 60, seconds: 15 * MINUTE }, address: { points: 60, seconds: 15 * MINUTE } },
  // A person needs a few tokens a day; minting thousands is a script gone wrong or an attack.
  createApiToken: { account: { points: 20, seconds: HOUR }, address: { points: 50, seconds: HOUR } },
  // Share-link views render a whole dashboard for anyone holding the link. Per link generous (a
  // link on a wall screen, a team refreshing), per address enough for a person, not a scraper.
  shareView: { account: { points: 600, seconds: 5 * MINUTE }, address: { points: 120, seconds: 5 * MINUTE } },
} as const satisfies Record<string, EntryLimits>;

export type EntryPoint = keyof typeof limits;

/** How long a caller refused for an overloaded password hasher should wait. */
export const BUSY_RETRY_SECONDS = 5;
