// Types of scripts/postgres-probe.mjs (plain JavaScript: playwright.config.ts runs it as a child process).
export const DEFAULT_TEST_DATABASE_URL: string;
export function postgresAnswers(url: string, timeoutMs?: number): Promise<boolean>;
export function embeddedNotice(url: string | undefined, suite: string): string;
