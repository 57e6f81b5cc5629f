import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { FACTORY_PASSWORD, createOrg, createUser } from "../../prisma/factories.ts";
import { sessionRenewalTicket } from "../../server/account/session-renewal.ts";
import { authSecret } from "../../server/auth/secret.ts";
import { prisma } from "../../server/db.ts";
import { Browser, SESSION_COOKIE, graphqlWithCookie } from "../helpers/next-auth-flow.ts";

const ORG = `query($slug: String!) { organization(slug: $slug) { name } }`;
const ME = `{ me { name } }`;

/** What the holder of `cookie` reads of the organization: its name, or the error code. */
async function readOrg(cookie: string | null, slug: string) {
  const { body } = await graphqlWithCookie(cookie, ORG, { slug });
  return body.data?.organization?.name ?? body.errors?.[0]?.extensions?.code;
}

async function ownerWithOrg() {
  const owner = await createUser();
  const { org } = await createOrg(owner);
  return { org, owner };
}

describe("sessions end on the server", () => {
  it("a session cookie replayed after sign-out is refused", async () => {
    const { org, owner } = await ownerWithOrg();
    const browser = new Browser();
    const cookie = await browser.signIn(owner.email, FACTORY_PASSWORD);
    expect(cookie).not.toBeNull();
    expect(await readOrg(cookie, org.slug)).toBe(org.name);

    await browser.signOut();
    expect(browser.sessionCookie()).toBeNull();

    // The copy an attacker kept is still a well-signed, unexpired JWT; the server refuses it.
    expect(await readOrg(cookie, org.slug)).toBe("UNAUTHENTICATED");
    expect((await graphqlWithCookie(cookie, ME)).body.data).toEqual({ me: null });
  });

  it("signing in again after signing out works, and only the new cookie does", async () => {
    const { org, owner } = await ownerWithOrg();
    const first = new Browser();
    const old = await first.signIn(owner.email, FACTORY_PASSWORD);
    await first.signOut();
    const fresh = await new Browser().signIn(owner.email, FACTORY_PASSWORD);
    expect(await readOrg(fresh, org.slug)).toBe(org.name);
    expect(await readOrg(old, org.slug)).toBe("UNAUTHENTICATED");
  });

  it("an ended cookie posted to sign-out does not end the user's newer sessions", async () => {
    const { org, owner } = await ownerWithOrg();
    const stolen = new Browser();
    await stolen.signIn(owner.email, FACTORY_PASSWORD);
    const replay = new Browser();
    replay.jar.set(SESSION_COOKIE, stolen.jar.get(SESSION_COOKIE)!);
    await stolen.signOut();
    const current = await new Browser().signIn(owner.email, FACTORY_PASSWORD);

    await replay.signOut();
    expect(await readOrg(current, org.slug)).toBe(org.name);
  });

  it("sign out everywhere ends every session, the one that asked included", async () => {
    const { org, owner } = await ownerWithOrg();
    const laptop = await new Browser().signIn(owner.email, FACTORY_PASSWORD);
    const phone = await new Browser().signIn(owner.email, FACTORY_PASSWORD);
    expect(await readOrg(phone, org.slug)).toBe(org.name);

    const res = await graphqlWithCookie(laptop, `mutation { signOutEverywhere { signedOut } }`);
    expect(res.body).toEqual({ data: { signOutEverywhere: { signedOut: true } } });

    expect(await readOrg(phone, org.slug)).toBe("UNAUTHENTICATED");
    expect(await readOrg(laptop, org.slug)).toBe("UNAUTHENTICATED");
  });

  it("a password change ends the other sessions and keeps the one that made it, through a session update", async () => {
    const { org, owner } = await ownerWithOrg();
    const here = new Browser();
    const before = await here.signIn(owner.email, FACTORY_PASSWORD);
    const elsewhere = await new Browser().signIn(owner.email, FACTORY_PASSWORD);

    const res = await graphqlWithCookie(
      before,
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { sessionRenewal } }`,
      { input: { currentPassword: FACTORY_PASSWORD, newPassword: "a brand new passphrase" } },
    );
    const renewal = res.body.data.changePassword.sessionRenewal as string;

    expect(await readOrg(elsewhere, org.slug)).toBe("UNAUTHENTICATED");
    expect(await readOrg(before, org.slug)).toBe("UNAUTHENTICATED");

    const renewed = await here.updateSession({ renewal });
    expect(await readOrg(renewed, org.slug)).toBe(org.name);

    // The old password no longer signs in; the new one does.
    expect(await new Browser().signIn(owner.email, FACTORY_PASSWORD)).toBeNull();
    expect(await readOrg(await new Browser().signIn(owner.email, "a brand new passphrase"), org.slug)).toBe(org.name);
  });

  it("an ended cookie cannot revive itself through a session update without a valid ticket for its user", async () => {
    const { org, owner } = await ownerWithOrg();
    const { owner: other } = await ownerWithOrg();
    const browser = new Browser();
    await browser.signIn(owner.email, FACTORY_PASSWORD);
    await graphqlWithCookie(browser.sessionCookie(), `mutation { signOutEverywhere { signedOut } }`);
    const { sessionVersion } = await prisma().user.findUniqueOrThrow({ where: { id: owner.id } });

    for (const renewal of [
      "forged.1.99999999999999.c2lnbmF0dXJl",
      sessionRenewalTicket(other.id, sessionVersion),
      sessionRenewalTicket(owner.id, sessionVersion, Date.now() - 10 * 60_000),
    ]) {
      expect(await readOrg(await browser.updateSession({ renewal }), org.slug)).toBe("UNAUTHENTICATED");
    }
  });

  it("a JWT signed with the secret but carrying an old generation is refused", async () => {
    const { org, owner } = await ownerWithOrg();
    await prisma().user.update({ where: { id: owner.id }, data: { sessionVersion: 3 } });
    const cookieFor = async (sessionVersion: number) =>
      `${SESSION_COOKIE}=${await encode({ token: { sub: owner.id, sessionVersion }, secret: authSecret()! })}`;
    expect(await readOrg(await cookieFor(3), org.slug)).toBe(org.name);
    expect(await readOrg(await cookieFor(2), org.slug)).toBe("UNAUTHENTICATED");
  });
});
