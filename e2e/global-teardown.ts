import { dropDatabase, e2eDatabaseName } from "./support/database.ts";

// Runs before Playwright stops the web server, hence DROP ... WITH (FORCE).
export default async function globalTeardown() {
  await dropDatabase(e2eDatabaseName());
}
