import { hashPassword } from "../auth/passwords.ts";
import { prisma } from "../db.ts";
import { conflict, parseInput } from "../errors.ts";
import { type SignUpInput, signUpInput } from "./schemas.ts";

export async function signUp(input: SignUpInput) {
  const data = parseInput(signUpInput, input);
  const existing = await prisma().user.findUnique({ where: { email: data.email }, select: { id: true } });
  // Sign-up necessarily reveals that an email is taken; sign-in never does.
  if (existing) throw conflict("email", "An account with this email already exists. Sign in instead.");
  return prisma().user.create({
    data: { name: data.name, email: data.email, passwordHash: await hashPassword(data.password) },
  });
}
