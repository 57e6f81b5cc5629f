import "server-only";
import { hashPassword } from "../auth/passwords.ts";
import { prisma } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { conflict, parseInput } from "../errors.ts";
import { chargeAttempt } from "../rate-limit/enforce.ts";
import { type SignUpInput, signUpInput } from "../../domain/schemas/user.ts";

export async function signUp(input: SignUpInput) {
  const data = parseInput(signUpInput, input);
  // Charged per email and per address whatever the outcome: "already registered" is an answer
  // about someone else, so probing for it must be slow (README, "Rate limits").
  await chargeAttempt("signUp", data.email);
  const existing = await prisma().user.findUnique({ where: { email: data.email }, select: { id: true } });
  // Sign-up reveals that an email is taken (without email verification there is no honest way
  // not to); the limit above keeps that from being a free oracle. Sign-in never reveals it.
  if (existing) throw conflict("email", "An account with this email already exists. Sign in instead.");
  const passwordHash = await hashPassword(data.password);
  return writeTransaction(async (tx) => {
    // The first account of an instance operates it (sees the "Sent emails" page). Two first
    // sign-ups at the same instant would both be admins, which is harmless.
    const instanceAdmin = (await tx.user.findFirst({ select: { id: true } })) === null;
    return tx.user.create({ data: { name: data.name, email: data.email, passwordHash, instanceAdmin } });
  });
}
