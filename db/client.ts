import { drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

export type Db = ReturnType<typeof open>;

const open = (d1: D1Database) => drizzle(d1, { schema });

/**
 * Handles by binding: building one works out the relational config of the whole schema, which
 * cost a widget boot about a sixth of its JavaScript when done per request. A handle keeps only
 * the binding, which every request of the isolate shares, so reusing it is safe.
 */
const handles = new WeakMap<D1Database, Db>();

/** The Drizzle handle over the D1 binding, with the whole schema for relational queries. */
export function getDb(d1: D1Database): Db {
  let db = handles.get(d1);
  if (!db) {
    db = open(d1);
    handles.set(d1, db);
  }
  return db;
}
