#!/usr/bin/env bash
# The one test command (`npm test`): typecheck, Vitest (unit + integration), Playwright (e2e).
# Every suite runs even when an earlier one fails. The last line printed is "N passed, N failed"
# (Vitest + Playwright test counts; a failed typecheck or a suite that crashed counts as one
# failure), and the exit status is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

# Integration tests and e2e each create (and drop) their own database on this server.
export DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"

reports=test-results
mkdir -p "$reports"
rm -f "$reports/vitest.json" "$reports/playwright.json"

section() { printf '\n== %s ==\n' "$1"; }

section "typecheck"
npm run --silent typecheck
typecheck_status=$?

section "vitest (unit + integration)"
npx vitest run --reporter=default --reporter=json --outputFile="$reports/vitest.json"
vitest_status=$?

section "playwright (e2e)"
npx playwright test
playwright_status=$?

echo
node - "$typecheck_status" "$vitest_status" "$playwright_status" "$reports" <<'EOF'
const fs = require("node:fs");
const [typecheckStatus, vitestStatus, playwrightStatus] = process.argv.slice(2, 5).map(Number);
const reports = process.argv[5];

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(`${reports}/${file}`, "utf8"));
  } catch {
    return null;
  }
}

// A suite that exits non-zero without any failed test (crash, load error, server that never
// started) still counts as one failure.
function atLeastOneIfFailed(failed, status) {
  return status !== 0 && failed === 0 ? 1 : failed;
}

function vitestCounts() {
  const report = readJson("vitest.json");
  if (!report) return { passed: 0, failed: 1 };
  // Files that failed before running any test (import errors) have no assertion results.
  const brokenFiles = (report.testResults ?? []).filter(
    (f) => f.status === "failed" && (f.assertionResults ?? []).length === 0,
  ).length;
  const failed = (report.numFailedTests ?? 0) + brokenFiles;
  return { passed: report.numPassedTests ?? 0, failed: atLeastOneIfFailed(failed, vitestStatus) };
}

function playwrightCounts() {
  const report = readJson("playwright.json");
  if (!report?.stats) return { passed: 0, failed: 1 };
  const { expected = 0, flaky = 0, unexpected = 0 } = report.stats;
  const globalErrors = (report.errors ?? []).length > 0 ? 1 : 0;
  return { passed: expected + flaky, failed: atLeastOneIfFailed(unexpected + (unexpected ? 0 : globalErrors), playwrightStatus) };
}

const vitest = vitestCounts();
const playwright = playwrightCounts();
const typecheckFailed = typecheckStatus === 0 ? 0 : 1;
console.log(
  `Summary: typecheck ${typecheckFailed ? "FAILED" : "ok"}; ` +
    `vitest ${vitest.passed} ok / ${vitest.failed} failing; playwright ${playwright.passed} ok / ${playwright.failed} failing`,
);
const passed = vitest.passed + playwright.passed;
const failed = typecheckFailed + vitest.failed + playwright.failed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
EOF
