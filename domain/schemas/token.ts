import { z } from "zod";

export const createApiTokenInput = z.object({
  name: z.string().trim().min(1, "Name is required.").max(100, "Name must be at most 100 characters."),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenInput>;

export const API_TOKEN_PREFIX = "wmk";
const DISPLAY_PREFIX_LENGTH = 12;

/** Enough of the token to recognise it in a list ("wmk_" + 8 random characters), never enough to use it. */
export function displayPrefix(token: string): string {
  return token.slice(0, DISPLAY_PREFIX_LENGTH);
}
