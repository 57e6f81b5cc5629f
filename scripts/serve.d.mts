// Types of scripts/serve.mjs (plain JavaScript so `npm start` runs it without a compiler).
export function workerCount(env?: Record<string, string | undefined>, cores?: number): number;
export function serve(env?: Record<string, string | undefined>): void;
