// Statement log filled by the test Prisma client (test/setup-db.ts).
let statements: string[] = [];

export function recordStatement(sql: string) {
  statements.push(sql);
}

/** Runs fn and returns its result with the SQL statements it issued (transaction control excluded). */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
  statements = [];
  const result = await fn();
  const issued = statements.filter((s) => !/^(BEGIN|COMMIT|ROLLBACK)\b/i.test(s.trim()));
  statements = [];
  return { result, count: issued.length, statements: issued };
}
