/**
 * Whether a failed write broke the UNIQUE key on `table.column` (SQLite names every column of a
 * composite key, `plan_ledger.company_id, plan_ledger.seq`). Drizzle wraps D1's error, so the cause
 * chain is searched.
 */
export function brokeUniqueKey(err: unknown, column: string): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e.message.includes('UNIQUE constraint failed') && e.message.includes(column)) return true;
  }
  return false;
}
