#!/usr/bin/env bash
# The app as Playwright's webServer runs it: build, migrate DATABASE_URL (the migration creates
# the database when missing), then serve the production build on E2E_PORT (3100). Building first
# means a failed build leaves no database behind (the global teardown only runs once tests ran).
# E2E_SKIP_BUILD=1 reuses an existing .next build (for iterating on specs only).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?DATABASE_URL must name the e2e database}"
: "${NEXTAUTH_SECRET:?NEXTAUTH_SECRET must be set}"
port="${E2E_PORT:-3100}"
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://127.0.0.1:${port}}"
export NEXT_TELEMETRY_DISABLED=1

if [[ -z "${E2E_SKIP_BUILD:-}" || ! -f .next/BUILD_ID ]]; then
  npx next build
fi
npm run --silent db:migrate
exec npx next start -p "$port" -H 127.0.0.1
