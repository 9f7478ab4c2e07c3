import { env } from 'cloudflare:test';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../db/schema';
import { COMPANY_DATA } from './registry';

const covered = new Set(Object.values(COMPANY_DATA).flatMap((store) => store.tables.map((t) => getTableConfig(t).name)));

describe('company data registry (SPEC S)', () => {
  it('covers every table of db/schema keyed by company', () => {
    const keyed = (Object.values(schema) as unknown[])
      .filter((t): t is SQLiteTable => is(t, SQLiteTable))
      .map(getTableConfig)
      .filter((t) => t.name === 'companies' || t.columns.some((c) => c.name === 'company_id'))
      .map((t) => t.name);
    expect(keyed.length).toBeGreaterThan(5);
    expect(keyed.filter((name) => !covered.has(name))).toEqual([]);
  });

  it('covers every table the migrations create with a company_id column', async () => {
    const { results: tables } = await env.DB.prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'`,
    ).all<{ name: string }>();
    const keyed: string[] = [];
    for (const { name } of tables) {
      const { results: columns } = await env.DB.prepare(`PRAGMA table_info("${name}")`).all<{ name: string }>();
      if (columns.some((c) => c.name === 'company_id')) keyed.push(name);
    }
    expect(keyed.length).toBeGreaterThan(5);
    expect(keyed.filter((name) => !covered.has(name))).toEqual([]);
  });
});
