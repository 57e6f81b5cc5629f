import { defineConfig } from "prisma/config";

// DATABASE_URL is optional (PGlite is the default), so read process.env rather than env(),
// which throws when the variable is unset.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
