import { z } from "zod";
import { signUpInput } from "./user.ts";

// Same rules as at sign-up, from the one place they are written.
const { name: nameSchema, password: passwordSchema } = signUpInput.shape;

export const updateProfileInput = z.object({ name: nameSchema });
export type UpdateProfileInput = z.input<typeof updateProfileInput>;

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(200, "Password must be at most 200 characters."),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

export const deleteAccountInput = z.object({
  confirmation: z.string().trim().toLowerCase().min(1, "Type your email address to confirm."),
});
export type DeleteAccountInput = z.input<typeof deleteAccountInput>;
