import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_MIGRATION, seedSql } from './help-seed.mjs';

describe('help seed migration', () => {
  it('is what `npm run help:seed` writes from db/seed/help now', () => {
    // A failure here means an article changed: run `npm run help:seed` and commit the migration.
    expect(readFileSync(SEED_MIGRATION, 'utf8')).toBe(seedSql());
  });
});
