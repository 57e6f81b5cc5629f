import { type Browser, type Page, test as base, expect } from "@playwright/test";
import { Api, apiSignIn, newUserData, signUpViaApi, type TestUser } from "./support/api.ts";

export * from "./support/api.ts";
export { expect };
export type { Page };

/**
 * Signs in through the real /signin form. Waits for next-auth's credentials callback to answer
 * before anything navigates (otherwise the test races the session cookie), then for the app to
 * leave /signin.
 */
export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">, path = "/signin"): Promise<void> {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/signin")) await page.goto(path);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  const callback = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  expect((await callback).ok()).toBe(true);
  await expect(page).not.toHaveURL(/\/signin(\?|$)/);
}

/** Fills and submits the real /signup form (the page must already show it). */
export async function fillSignUpForm(page: Page, user: Pick<TestUser, "name" | "email" | "password">): Promise<void> {
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** The signed-in shell shows a user menu button named after the user. */
export function userMenu(page: Page, user: Pick<TestUser, "name">) {
  return page.getByRole("button", { name: user.name, exact: true });
}

export async function signOut(page: Page, user: Pick<TestUser, "name">): Promise<void> {
  await userMenu(page, user).click();
  await page.getByRole("button", { name: "Sign out" }).or(page.getByRole("menuitem", { name: "Sign out" })).click();
}

/**
 * Runs a UI action and waits until the GraphQL operation it triggers has been answered. The UI
 * updates optimistically, so what the user sees can run ahead of the server; use this before a
 * reload that should show the saved state.
 */
export async function untilSaved(page: Page, operationName: string, action: () => Promise<unknown>): Promise<void> {
  const answered = page.waitForResponse(
    (r) =>
      r.url().endsWith("/api/graphql") &&
      r.request().method() === "POST" &&
      (r.request().postDataJSON() as { operationName?: string } | null)?.operationName === operationName,
  );
  await action();
  const response = await answered;
  const body = (await response.json()) as { errors?: unknown[] };
  expect(body.errors, `${operationName} answered with errors`).toBeUndefined();
}

/**
 * Separators ("·") the user sees at the start or end of a line of the page's main text: one with
 * no visible word beside it on the same line, on either side, within its line of parts (the
 * nearest block, grid or wrapping flex box). Separators clipped out of sight don't count. Measured
 * on the page as drawn: innerText can't tell, it puts every flex item on a line of its own.
 */
export async function strayDots(page: Page): Promise<string[]> {
  return page.locator("main").evaluate((main) => {
    type Box = { left: number; right: number; top: number; bottom: number };
    /** The part of `rect` left visible by every ancestor of `node` that clips its overflow. */
    const visible = (node: Node, rect: DOMRect): Box | null => {
      let { left, right, top, bottom } = rect;
      for (let el = node.parentElement; el && el !== document.body; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.visibility === "hidden") return null;
        if (style.overflowX === "visible" && style.overflowY === "visible") continue;
        const box = el.getBoundingClientRect();
        left = Math.max(left, box.left);
        right = Math.min(right, box.right);
        top = Math.max(top, box.top);
        bottom = Math.min(bottom, box.bottom);
      }
      return right - left > 0.5 && bottom - top > 0.5 ? { left, right, top, bottom } : null;
    };
    const textNodes = (root: Node) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      return nodes;
    };
    /** Visible boxes of the matches of `pattern` in the text nodes under `root`. */
    const boxes = (nodes: Text[], pattern: RegExp) =>
      nodes.flatMap((node) =>
        [...node.data.matchAll(pattern)].flatMap((match) => {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          return [...range.getClientRects()].flatMap((rect) => visible(node, rect) ?? []);
        }),
      );
    const sameLine = (a: Box, b: Box) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > Math.min(a.bottom - a.top, b.bottom - b.top) / 2;
    const stray: string[] = [];
    for (const node of textNodes(main)) {
      for (const dot of boxes([node], /·/g)) {
        // A wrapping flex box, or a block that isn't a flex item (those are blocks only nominally).
        let line = node.parentElement!;
        while (line !== main) {
          const style = getComputedStyle(line);
          if (style.display.includes("flex") && style.flexWrap === "wrap") break;
          const flexItem = getComputedStyle(line.parentElement!).display.includes("flex");
          if (!flexItem && ["block", "flow-root", "grid", "list-item"].includes(style.display)) break;
          line = line.parentElement!;
        }
        const words = boxes(textNodes(line), /[^\s·]+/g).filter((word) => sameLine(word, dot));
        const before = words.some((word) => word.right <= dot.left + 1);
        const after = words.some((word) => word.left >= dot.right - 1);
        if (!before || !after) {
          const where = before ? "at a line's end" : after ? "at a line's start" : "alone on a line";
          stray.push(`· ${where} in “${line.innerText.replace(/\s+/g, " ").slice(0, 80)}”`);
        }
      }
    }
    return stray;
  });
}

/** Clicks the confirming button of the confirmation dialog a destructive action opens. */
export async function confirm(page: Page, buttonName: string): Promise<void> {
  const dialog = page.getByRole("dialog").or(page.getByRole("alertdialog"));
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: buttonName, exact: true }).click();
  await expect(dialog).toBeHidden();
}

async function newPageIn(browser: Browser, baseURL: string | undefined, cleanups: (() => Promise<void>)[]) {
  const context = await browser.newContext({ baseURL });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  cleanups.push(() => context.close());
  return context.newPage();
}

interface Fixtures {
  /** Signs up a new user through the API; unique name and email per call. */
  makeUser: (firstName?: string) => Promise<TestUser>;
  /** This test's main user (signed up, not signed in). */
  user: TestUser;
  /** A GraphQL client signed in as `user` through the next-auth endpoint; for setup steps. */
  apiAs: (user: TestUser) => Promise<Api>;
  /** A page in a fresh browser context (own cookies), signed in through the form when a user is given. */
  newPage: (user?: TestUser) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  page: async ({ page, context }, use) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await use(page);
  },
  makeUser: async ({}, use) => {
    await use((firstName) => signUpViaApi(newUserData(firstName)));
  },
  user: async ({ makeUser }, use) => {
    await use(await makeUser("Olivia"));
  },
  apiAs: async ({}, use) => {
    const clients: Api[] = [];
    await use(async (u) => {
      const api = await apiSignIn(u);
      clients.push(api);
      return api;
    });
    for (const api of clients) await api.dispose();
  },
  newPage: async ({ browser, baseURL }, use) => {
    const cleanups: (() => Promise<void>)[] = [];
    await use(async (u) => {
      const page = await newPageIn(browser, baseURL, cleanups);
      if (u) await signIn(page, u);
      return page;
    });
    for (const cleanup of cleanups) await cleanup();
  },
});
