/**
 * The bench company: an owner (who changes config but serves no language, so routing never
 * picks them), `operators` verified operators serving English, one registered domain, a paid
 * plan big enough for everyone. Sessions are inserted directly (row id = sha256 of the token,
 * as worker/auth/session.ts keys them), so no login round trips are needed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { hashPassword } from '../../scripts/seed-sql.mjs';

export const BENCH_DOMAIN = 'bench.parley.test';
export const BENCH_ORIGIN = `http://${BENCH_DOMAIN}`;
export const BENCH_LANGUAGE = 'en';
/** Chats each operator may hold: with 20 operators, 200 concurrent chats fit without queueing. */
export const BENCH_MAX_CHATS = 10;

export interface BenchUser {
  id: string;
  /** Raw session token for the `parley_session` cookie. */
  token: string;
}

export interface BenchCompany {
  id: string;
  publicKey: string;
  owner: BenchUser;
  operators: BenchUser[];
}

/** A statement and its bound values, ready for `db.prepare(sql).bind(...values)`. */
export interface SeedStatement {
  sql: string;
  values: (string | number | null)[];
}

export function benchCompany(operators: number): BenchCompany {
  const user = (id: string): BenchUser => ({ id, token: randomBytes(32).toString('base64url') });
  return {
    id: 'bench-company',
    publicKey: `pk_bench_${randomBytes(12).toString('hex')}`,
    owner: user('bench-owner'),
    operators: Array.from({ length: operators }, (_, i) => user(`bench-op-${i}`)),
  };
}

export function seedStatements(c: BenchCompany, now = Date.now()): SeedStatement[] {
  const year = 365 * 24 * 3600 * 1000;
  // Low iterations: nobody logs in with it; the column just needs a well-formed hash.
  const passwordHash = hashPassword('bench-password-1', 1000);
  const out: SeedStatement[] = [];
  const add = (sql: string, ...values: (string | number | null)[]) => out.push({ sql, values });
  for (const [i, u] of [c.owner, ...c.operators].entries()) {
    add(
      'INSERT INTO users (id, email, name, password_hash, verified_at, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      u.id,
      `${u.id}@bench.parley.test`,
      i === 0 ? 'Bench Owner' : `Operator ${i}`,
      passwordHash,
      now,
      now,
    );
    add(
      'INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      createHash('sha256').update(u.token).digest('hex'),
      u.id,
      now,
      now + year,
    );
  }
  add(
    `INSERT INTO companies (id, name, public_key, owner_id, max_chats_per_operator, plan, plan_operators, paid_until, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    c.id,
    'Bench Co',
    c.publicKey,
    c.owner.id,
    BENCH_MAX_CHATS,
    'business',
    c.operators.length + 1,
    now + year,
    now,
  );
  add('INSERT INTO domains (id, company_id, host, created_at) VALUES (?, ?, ?, ?)', 'bench-domain', c.id, BENCH_DOMAIN, now);
  add('INSERT INTO languages (company_id, code, is_default, created_at) VALUES (?, ?, 1, ?)', c.id, BENCH_LANGUAGE, now);
  add('INSERT INTO memberships (company_id, user_id, role, created_at) VALUES (?, ?, ?, ?)', c.id, c.owner.id, 'owner', now);
  for (const op of c.operators) {
    add('INSERT INTO memberships (company_id, user_id, role, created_at) VALUES (?, ?, ?, ?)', c.id, op.id, 'operator', now);
    add('INSERT INTO operator_languages (company_id, user_id, code) VALUES (?, ?, ?)', c.id, op.id, BENCH_LANGUAGE);
  }
  return out;
}
