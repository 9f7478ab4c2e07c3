// Builds the demo seed as SQL (idempotent: INSERT OR IGNORE), so `npm start` and e2e share one seed.
import { pbkdf2Sync, randomBytes } from 'node:crypto';

const b64url = (buf) => buf.toString('base64url');
const q = (s) => (s === null || s === undefined ? 'NULL' : `'${String(s).replaceAll("'", "''")}'`);

/** Same format as worker/auth/password.ts, so the worker verifies it. */
export function hashPassword(password, iterations = 100_000) {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  return `pbkdf2-sha256$${iterations}$${b64url(salt)}$${b64url(hash)}`;
}

export const DEMO = {
  owner: { id: 'demo-owner', email: 'demo@parley.test', name: 'Demo Owner', password: 'demo-password-1' },
};

export function seedSql(now = Date.now()) {
  const { owner } = DEMO;
  return [
    `INSERT OR IGNORE INTO users (id, email, name, password_hash, verified_at, created_at) VALUES (${q(owner.id)}, ${q(owner.email)}, ${q(owner.name)}, ${q(hashPassword(owner.password))}, ${now}, ${now});`,
  ].join('\n');
}
