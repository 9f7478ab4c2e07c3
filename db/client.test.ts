import { env } from 'cloudflare:test';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from './client';

describe('getDb', () => {
  it('hands out one handle per D1 binding, and it keeps working request after request', async () => {
    const db = getDb(env.DB);
    expect(getDb(env.DB)).toBe(db);
    for (const n of [1, 2]) expect(await db.get<{ n: number }>(sql`SELECT ${n} AS n`)).toEqual({ n });
  });
});
