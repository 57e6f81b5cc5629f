// Deep comparison of two JSON answers, numbers rounded to 1e-9 (PostgreSQL and V8 may print the
// same double differently), listing where they differ.
const round = (n: number) => Math.round(n * 1e9) / 1e9;

export function jsonDifferences(expected: unknown, actual: unknown, path = "$", out: string[] = [], limit = 20): string[] {
  if (out.length >= limit) return out;
  if (typeof expected === "number" && typeof actual === "number") {
    if (round(expected) !== round(actual)) out.push(`${path}: expected ${expected}, got ${actual}`);
  } else if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) out.push(`${path}: expected ${expected.length} items, got ${actual.length}`);
    for (let i = 0; i < Math.min(expected.length, actual.length); i++) jsonDifferences(expected[i], actual[i], `${path}[${i}]`, out, limit);
  } else if (expected && actual && typeof expected === "object" && typeof actual === "object" && !Array.isArray(expected) && !Array.isArray(actual)) {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    for (const key of new Set([...Object.keys(e), ...Object.keys(a)])) {
      if (!(key in a)) out.push(`${path}.${key}: missing (expected ${JSON.stringify(e[key])?.slice(0, 80)})`);
      else if (!(key in e)) out.push(`${path}.${key}: unexpected ${JSON.stringify(a[key])?.slice(0, 80)}`);
      else jsonDifferences(e[key], a[key], `${path}.${key}`, out, limit);
    }
  } else if (expected !== actual) {
    out.push(`${path}: expected ${JSON.stringify(expected)?.slice(0, 80)}, got ${JSON.stringify(actual)?.slice(0, 80)}`);
  }
  return out;
}
