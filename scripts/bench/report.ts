// Formatting of the results: one line per measurement while running, Markdown tables at the end.
import type { Measurement } from "./load.ts";

export interface Row {
  measurement: Measurement;
  /** req/s relative to the baseline runs measured just before and just after it. */
  ratio: number;
}

export interface PhaseResult {
  label: string;
  baseline: Measurement;
  baselineRuns: number[];
  rows: Row[];
}

const rate = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const ms = (n: number) => `${n >= 100 ? n.toFixed(0) : n.toFixed(1)} ms`;
export const statements = (n: number | null) => (n === null ? "n/a" : Number.isInteger(n) ? String(n) : n.toFixed(1));

/** "0.42× (2.4× slower)" */
export function times(ratio: number): string {
  if (!Number.isFinite(ratio) || ratio <= 0) return "0×";
  const relation = ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower`;
  return `${ratio.toFixed(2)}× (${relation})`;
}

export function line(m: Measurement, ratio?: number): string {
  return (
    `${m.name.padEnd(44)} ${rate(m.requestsPerSecond).padStart(7)} req/s  p50 ${ms(m.p50).padStart(8)}  p99 ${ms(m.p99).padStart(8)}  ` +
    `${statements(m.statements).padStart(5)} statements  ${m.errors} errors` +
    (ratio === undefined ? "" : `  ${times(ratio)} vs baseline`)
  );
}

export function markdownTable(phase: PhaseResult): string {
  const out = [
    "| call | req/s | × baseline | p50 | p99 | SQL statements | errors |",
    "|---|---:|---|---:|---:|---:|---:|",
    `| ${phase.baseline.name} | ${rate(phase.baseline.requestsPerSecond)} | 1× | ${ms(phase.baseline.p50)} | ${ms(phase.baseline.p99)} | ${statements(phase.baseline.statements)} | ${phase.baseline.errors} |`,
  ];
  for (const { measurement: m, ratio } of phase.rows) {
    out.push(`| ${m.name} | ${rate(m.requestsPerSecond)} | ${times(ratio)} | ${ms(m.p50)} | ${ms(m.p99)} | ${statements(m.statements)} | ${m.errors} |`);
  }
  return out.join("\n");
}

/** The same calls on the small and the big database, side by side. */
export function sideBySide(small: PhaseResult, big: PhaseResult): string {
  const out = [
    "| call | req/s small → big | × baseline small → big | p50 small → big | p99 small → big | SQL statements small → big | errors |",
    "|---|---:|---|---:|---:|---:|---:|",
  ];
  const pair = (a: string, b: string) => `${a} → ${b}`;
  const rows: [Measurement, number, Measurement, number][] = [
    [small.baseline, 1, big.baseline, 1],
    ...small.rows.map((r, i) => [r.measurement, r.ratio, big.rows[i]!.measurement, big.rows[i]!.ratio] as [Measurement, number, Measurement, number]),
  ];
  for (const [s, sr, b, br] of rows) {
    out.push(
      `| ${s.name} | ${pair(rate(s.requestsPerSecond), rate(b.requestsPerSecond))} | ${pair(`${sr.toFixed(2)}×`, `${br.toFixed(2)}×`)} | ` +
        `${pair(ms(s.p50), ms(b.p50))} | ${pair(ms(s.p99), ms(b.p99))} | ${pair(statements(s.statements), statements(b.statements))} | ${s.errors + b.errors} |`,
    );
  }
  return out.join("\n");
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export interface MemoryResult {
  samples: { seconds: number; mb: number }[];
  requestsPerSecond: number;
  errors: number;
}

/**
 * First, last and max RSS, the least-squares slope, and whether it is flat: the last minute's mean
 * within 10% of the mean of the first minute after a one-minute warm-up (heap and caches grow to
 * their working size first; that growth is not a leak).
 */
export function memorySummary({ samples, requestsPerSecond, errors }: MemoryResult): string {
  if (samples.length < 2) return "memory: not enough samples";
  const mbs = samples.map((s) => s.mb);
  const n = samples.length;
  const meanT = samples.reduce((a, s) => a + s.seconds, 0) / n;
  const meanM = mbs.reduce((a, b) => a + b, 0) / n;
  const slope =
    samples.reduce((a, s) => a + (s.seconds - meanT) * (s.mb - meanM), 0) / samples.reduce((a, s) => a + (s.seconds - meanT) ** 2, 0);
  const end = samples[n - 1]!.seconds;
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const signed = (x: number) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
  let verdict: string;
  if (end < 180) {
    verdict = "too short to judge flatness (needs --soak 180 or more)";
  } else {
    const first = avg(samples.filter((s) => s.seconds >= 60 && s.seconds <= 120).map((s) => s.mb));
    const last = avg(samples.filter((s) => s.seconds >= end - 60).map((s) => s.mb));
    const change = (last - first) / first;
    verdict = Math.abs(change) <= 0.1 ? `flat (last minute ${signed(change)} vs the minute after warm-up)` : `NOT flat: last minute ${signed(change)} vs the minute after warm-up`;
  }
  return (
    `memory over ${end.toFixed(0)} s of overview load (${rate(requestsPerSecond)} req/s, ${errors} errors): RSS first ${mbs[0]!.toFixed(0)} MB, ` +
    `last ${mbs[n - 1]!.toFixed(0)} MB, max ${Math.max(...mbs).toFixed(0)} MB, slope ${(slope * 60).toFixed(2)} MB/min — ${verdict}`
  );
}
