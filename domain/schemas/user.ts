import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address.").max(254, "Email is too long."));

export const signUpInput = z.object({
  name: z.string().trim().min(1, "Name is required.").max(100, "Name must be at most 100 characters."),
  email: emailSchema,
  password: z
    .string()
    .min(10, "Password must be at least 10 characters.")
    .max(200, "Password must be at most 200 characters."),
});
export type SignUpInput = z.input<typeof signUpInput>;
