import { requireViewer } from "../access.ts";
import { hashSecret, newSecret } from "../auth/tokens.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma } from "../db.ts";
import { forbidden, notFound, parseInput } from "../errors.ts";
import { chargeAttempt } from "../rate-limit/enforce.ts";
import { API_TOKEN_PREFIX, type CreateApiTokenInput, createApiTokenInput, displayPrefix } from "./schemas.ts";

/** A personal API token acting as its creator; the secret is returned once and only its hash kept. */
export async function createApiToken(viewer: Viewer | null, input: CreateApiTokenInput) {
  const { userId, via } = requireViewer(viewer);
  // A leaked token must not be able to mint more tokens that outlive its revocation.
  if (via === "token") throw forbidden("API tokens can only be created from a signed-in session.");
  const { name } = parseInput(createApiTokenInput, input);
  await chargeAttempt("createApiToken", userId);
  const token = newSecret(API_TOKEN_PREFIX);
  const apiToken = await prisma().apiToken.create({
    data: { userId, name, tokenHash: hashSecret(token), prefix: displayPrefix(token) },
  });
  return { apiToken, token };
}

/** Revoke one of your own tokens (someone else's is NOT_FOUND); revoking twice is harmless. */
export async function revokeApiToken(viewer: Viewer | null, apiTokenId: string) {
  const { userId } = requireViewer(viewer);
  await prisma().apiToken.updateMany({
    where: { id: apiTokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const apiToken = await prisma().apiToken.findFirst({ where: { id: apiTokenId, userId } });
  if (!apiToken) throw notFound();
  return apiToken;
}
