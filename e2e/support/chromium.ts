import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * The Chromium the e2e suite drives: CHROMIUM_PATH, else Debian's package, else a browser that
 * `npx playwright install chromium` downloaded. Null when there is none.
 */
export function findChromium(env = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", playwrightsOwn()];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

function playwrightsOwn(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/** What to do about a missing browser, said plainly (printed instead of a launch error's stack). */
export function noChromiumMessage(env = process.env): string {
  const what = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist` : "No Chromium found for the e2e tests";
  return [
    `${what}. To get one:`,
    "  on Debian or Ubuntu:               apt-get install chromium   (as root; installs /usr/bin/chromium)",
    "  where downloads are possible:      npx playwright install chromium",
    "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  ].join("\n");
}
