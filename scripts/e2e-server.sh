#!/usr/bin/env bash
# The app as Playwright's webServer runs it: build (only when the sources changed since the build in
# .next/, scripts/build-if-changed.mjs), migrate DATABASE_URL (the migration creates the database
# when missing), then serve the production build on E2E_PORT (3100). Building first means a failed
# build leaves no database behind (the global teardown only runs once tests ran).
# E2E_SKIP_BUILD=1 reuses an existing .next build whatever its sources (for iterating on specs only).
# E2E_PGLITE_SOCKET_DIR (set by playwright.config.ts when no PostgreSQL server answers): start
# embedded PostgreSQL on a Unix socket in that folder first; DATABASE_URL points there.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?DATABASE_URL must name the e2e database}"
: "${NEXTAUTH_SECRET:?NEXTAUTH_SECRET must be set}"
port="${E2E_PORT:-3100}"
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://127.0.0.1:${port}}"
export NEXT_TELEMETRY_DISABLED=1

if [[ -z "${E2E_SKIP_BUILD:-}" || ! -f .next/BUILD_ID ]]; then
  node scripts/build-if-changed.mjs
fi

children=()
stop() {
  trap - EXIT INT TERM
  [[ ${#children[@]} -gt 0 ]] && kill -TERM "${children[@]}" 2>/dev/null
  wait
  [[ -n "${E2E_PGLITE_SOCKET_DIR:-}" ]] && rm -rf "$E2E_PGLITE_SOCKET_DIR" "$E2E_PGLITE_SOCKET_DIR.ready"
  return 0
}
trap stop EXIT
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM

if [[ -n "${E2E_PGLITE_SOCKET_DIR:-}" ]]; then
  ready="$E2E_PGLITE_SOCKET_DIR.ready"
  rm -f "$ready"
  node scripts/pglite-server.mjs --socket-dir "$E2E_PGLITE_SOCKET_DIR" >"$ready" &
  children+=($!)
  for _ in $(seq 1 300); do grep -q '^ready ' "$ready" 2>/dev/null && break; sleep 0.1; done
  grep -q '^ready ' "$ready" || { echo "embedded PostgreSQL did not start" >&2; exit 1; }
  # Its connections share PGlite's one session: the job runner's named prepared statements collide.
  export JOBS_NO_PREPARED_STATEMENTS=1
fi

npm run --silent db:migrate
# The server runs the jobs that flows enqueue (notifications, emails), as in production, but not the
# scheduled sweeps: a reminder or a missed milestone noticed at a quarter past would change what a
# spec counts (unread notifications, activity) depending on the minute it runs.
export JOBS_CRONTAB=0
# node, not npx: a signal sent to npx's shell would not reach next-server.
node node_modules/next/dist/bin/next start -p "$port" -H 127.0.0.1 &
children+=($!)
# Ends when the server does, or when Playwright stops us (the trap stops both).
wait -n
