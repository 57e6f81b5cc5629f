// Types of scripts/build-if-changed.mjs (plain JavaScript so `npm start` runs it without a compiler).
type Env = Record<string, string | undefined>;
export interface BuildStatus {
  fresh: boolean;
  hash: string;
  reason: string;
}
export function sourceHash(root?: string, env?: Env): string;
export function buildStatus(root?: string, env?: Env): BuildStatus;
export function recordBuild(hash: string, root?: string): void;
export function buildIfChanged(options: {
  root?: string;
  env?: Env;
  run: (command: string, args: string[]) => Promise<number>;
  log?: (line: string) => void;
}): Promise<number>;
export function runInherited(command: string, args: string[], options?: object): Promise<number>;
export function exitCode(code: number | null, signal: string | null): number;
