import { dropStaleDatabases } from "./support/database.ts";

// Runs after the web server is up. Clears databases of earlier runs that never reached teardown.
export default async function globalSetup() {
  const dropped = await dropStaleDatabases(12 * 60 * 60 * 1000);
  if (dropped.length) console.log(`Dropped stale e2e databases: ${dropped.join(", ")}`);
}
