import "server-only";

/** Emails are written before anyone opens them, so without a reader's Accept-Language: one locale. */
export const EMAIL_LOCALE = "en-US";
