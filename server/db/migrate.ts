import "server-only";
// Applies the committed migrations in prisma/migrations without Prisma's native schema engine
// (which cannot be installed here), keeping the history in Prisma's own `_prisma_migrations`
// table with Prisma's semantics, so `prisma migrate deploy|status|resolve` would accept it.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/** The little a migration needs from a database connection: one session, in order. */
export interface MigrationRunner {
  /** One statement, with $1-style parameters; returns its rows. */
  query<R extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** A whole script (several statements, no parameters). */
  exec(sql: string): Promise<void>;
  /** Closes what the runner itself opened (a connection given to it stays open). */
  close(): Promise<void>;
}

/** A runner over node-postgres: pass a connected Client, or a connection string to own one. */
export async function pgRunner(clientOrUrl: pg.Client | string): Promise<MigrationRunner> {
  const owned = typeof clientOrUrl === "string";
  const client = owned ? new pg.Client({ connectionString: clientOrUrl }) : clientOrUrl;
  if (owned) await client.connect();
  return {
    async query<R extends object>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as R[];
    },
    // Without parameters pg uses the simple-query protocol, which accepts several statements.
    async exec(sql: string) {
      await client.query(sql);
    },
    async close() {
      if (owned) await client.end();
    },
  };
}

/** A runner over an open PGlite instance (its owner closes it). */
export function pgliteRunner(db: PGlite): MigrationRunner {
  return {
    async query<R extends object>(sql: string, params: unknown[] = []) {
      return (await db.query<R>(sql, params)).rows;
    },
    // PGlite's query() takes one statement; exec() takes a script.
    async exec(sql: string) {
      await db.exec(sql);
    },
    async close() {},
  };
}

export interface Migration {
  /** Folder name, e.g. 20261126071500_init: the order and the identity of a migration. */
  name: string;
  sql: string;
  /** Lower-case hex sha256 of the file's bytes, as Prisma records it. */
  checksum: string;
}

export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** Every `<dir>/migration.sql` under the migrations folder, sorted by folder name. */
export function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort() // byte order, like Prisma: the timestamp prefix makes it chronological
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!existsSync(file)) throw new Error(`Migration ${name} has no migration.sql (${file})`);
      const sql = readFileSync(file, "utf8");
      return { name, sql, checksum: sha256(sql) };
    });
}

// Prisma also accepts a file whose line endings git turned from LF into CRLF (or back).
function checksumMatches(recorded: string, migration: Migration): boolean {
  return (
    recorded === migration.checksum ||
    recorded === sha256(migration.sql.replace(/\r\n/g, "\n")) ||
    recorded === sha256(migration.sql.replace(/\r?\n/g, "\r\n"))
  );
}

// Prisma's own key, so that this applier and `prisma migrate deploy` also exclude each other.
const ADVISORY_LOCK_KEY = 72707369;

// Prisma's DDL for PostgreSQL, column for column.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
}

/**
 * Applies, in name order, each committed migration not yet recorded as applied, each in its
 * own transaction together with its `_prisma_migrations` row. Returns the names it applied.
 *
 * Throws, naming the migration, when an applied migration's file has changed since, when the
 * table holds an unresolved failed migration (Prisma's P3009 case), or when a migration fails
 * (which is rolled back whole; later ones are not attempted).
 *
 * A migration file must not contain its own BEGIN/COMMIT, nor statements PostgreSQL refuses
 * inside a transaction (e.g. CREATE INDEX CONCURRENTLY). Prisma-generated SQL never does.
 */
export async function applyMigrations(
  runner: MigrationRunner,
  options: { migrationsDir?: string } = {},
): Promise<string[]> {
  const migrations = readMigrations(options.migrationsDir);
  // A session-level lock: a second process blocks here until the first has finished, then
  // finds everything applied. It lives as long as the connection, so a crash releases it too.
  await runner.query(`SELECT pg_advisory_lock(${ADVISORY_LOCK_KEY})`);
  try {
    await runner.exec(CREATE_MIGRATIONS_TABLE);
    // Rows marked rolled back are audit trail only, for Prisma and for us.
    const rows = await runner.query<HistoryRow>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
       WHERE rolled_back_at IS NULL ORDER BY started_at`,
    );
    const failed = rows.filter((row) => row.finished_at === null);
    if (failed.length > 0) {
      const names = failed.map((row) => row.migration_name).join(", ");
      throw new Error(
        `Failed migration(s) recorded in _prisma_migrations: ${names}. Fix the database, then ` +
          `mark them rolled back (prisma migrate resolve --rolled-back <name>) before migrating.`,
      );
    }
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));

    for (const migration of migrations) {
      const recorded = applied.get(migration.name);
      if (recorded !== undefined && !checksumMatches(recorded, migration)) {
        throw new Error(
          `Migration ${migration.name} was modified after it was applied ` +
            `(checksum ${recorded} in the database, ${migration.checksum} on disk). ` +
            `Restore the file and put the change in a new migration.`,
        );
      }
    }

    const newlyApplied: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      await applyOne(runner, migration);
      newlyApplied.push(migration.name);
    }
    return newlyApplied;
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(${ADVISORY_LOCK_KEY})`);
  }
}

async function applyOne(runner: MigrationRunner, migration: Migration): Promise<void> {
  const id = randomUUID();
  await runner.exec("BEGIN");
  try {
    // Same row life cycle as Prisma: inserted when started, then one successful step (Prisma
    // runs a PostgreSQL migration as a single script), then finished_at.
    await runner.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await runner.exec(migration.sql);
    await runner.query(
      `UPDATE "_prisma_migrations"
       SET applied_steps_count = applied_steps_count + 1, finished_at = clock_timestamp()
       WHERE id = $1`,
      [id],
    );
    await runner.exec("COMMIT");
  } catch (error) {
    await runner.exec("ROLLBACK").catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    // Prisma keeps a failed attempt with its logs. Ours was rolled back whole, so record it as
    // failed *and* rolled back: an audit entry that neither Prisma nor a retry treats as blocking.
    await runner
      .query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES ($1, $2, $3, $4, clock_timestamp(), clock_timestamp(), 0)`,
        [id, migration.checksum, migration.name, message],
      )
      .catch(() => {}); // the original failure is what matters
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${message}`, {
      cause: error,
    });
  }
}
