import "server-only";
import { requireViewer } from "../access.ts";
import { hashSecret, newSecret } from "../auth/tokens.ts";
import type { Viewer } from "../auth/viewer.ts";
import { refuseAtLimit } from "../capacity.ts";
import { prisma, type Tx } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { forbidden, notFound, parseInput } from "../errors.ts";
import { PLANNED_PER_PERSON } from "../../domain/limits.ts";
import { chargeAttempt } from "../rate-limit/enforce.ts";
import { API_TOKEN_PREFIX, type CreateApiTokenInput, createApiTokenInput, displayPrefix } from "../../domain/schemas/token.ts";

/** A personal API token acting as its creator; the secret is returned once and only its hash kept. */
export async function createApiToken(viewer: Viewer | null, input: CreateApiTokenInput) {
  const { userId, via } = requireViewer(viewer);
  // A leaked token must not be able to mint more tokens that outlive its revocation.
  if (via === "token") throw forbidden("API tokens can only be created from a signed-in session.");
  const { name } = parseInput(createApiTokenInput, input);
  await chargeAttempt("createApiToken", userId);
  const token = newSecret(API_TOKEN_PREFIX);
  const apiToken = await writeTransaction(async (tx) => {
    await makeRoomForToken(tx, userId);
    return tx.apiToken.create({ data: { userId, name, tokenHash: hashSecret(token), prefix: displayPrefix(token) } });
  });
  return { apiToken, token };
}

/**
 * Room for one more token (PLANNED_PER_PERSON): refused while that many are active; otherwise the
 * oldest revoked tokens go, so the list (revoked ones included) stays within it too.
 */
async function makeRoomForToken(tx: Tx, userId: string) {
  await refuseAtLimit(
    tx,
    {
      subject: `api-tokens:${userId}`,
      max: PLANNED_PER_PERSON,
      field: "name",
      message: `You can have at most ${PLANNED_PER_PERSON} active API tokens. Revoke one you no longer use first.`,
    },
    () => tx.apiToken.count({ where: { userId, revokedAt: null } }),
  );
  const excess = (await tx.apiToken.count({ where: { userId } })) - PLANNED_PER_PERSON + 1;
  if (excess <= 0) return;
  const oldest = await tx.apiToken.findMany({
    where: { userId, revokedAt: { not: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: excess,
    select: { id: true },
  });
  await tx.apiToken.deleteMany({ where: { id: { in: oldest.map((t) => t.id) } } });
}

/** Revoke one of your own tokens (someone else's is NOT_FOUND); revoking twice is harmless. */
export async function revokeApiToken(viewer: Viewer | null, apiTokenId: string) {
  const { userId } = requireViewer(viewer);
  await writeTransaction((tx) =>
    tx.apiToken.updateMany({
      where: { id: apiTokenId, userId, revokedAt: null },
      data: { revokedAt: new Date() },
    }),
  );
  const apiToken = await prisma().apiToken.findFirst({ where: { id: apiTokenId, userId } });
  if (!apiToken) throw notFound();
  return apiToken;
}
