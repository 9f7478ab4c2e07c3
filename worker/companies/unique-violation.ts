/**
 * Whether a failed write broke a UNIQUE index: the database's answer to two requests racing past
 * the same duplicate check. Drizzle wraps D1's error, so the cause chain is searched.
 */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e.message.includes('UNIQUE constraint failed')) return true;
  }
  return false;
}
