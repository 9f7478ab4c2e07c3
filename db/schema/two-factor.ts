import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';

/**
 * An account's TOTP secret (worker/auth/totp.ts). `enabledAt` null: enrolment started but not yet
 * confirmed with a code, so logins don't ask for one. `lastStep` is the time step of the last code
 * accepted, so no code is accepted twice. Goes with the account (cascade).
 */
export const twoFactor = sqliteTable('two_factor', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** Base32, as the authenticator app holds it; never sent again after enrolment. */
  secret: text('secret').notNull(),
  enabledAt: integer('enabled_at', { mode: 'timestamp_ms' }),
  lastStep: integer('last_step'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Single-use recovery codes, stored as SHA-256 hashes; `usedAt` marks a spent one. */
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

/**
 * The second step of a login: issued after a correct password for an account with two-factor on,
 * keyed by the SHA-256 of the ticket handed to the browser, short-lived, spent by a right code.
 */
export const twoFactorTickets = sqliteTable(
  'two_factor_tickets',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    /** Wrong codes tried with this ticket; past a few it is void and the password is asked again. */
    failures: integer('failures').notNull().default(0),
  },
  (t) => [index('two_factor_tickets_user_idx').on(t.userId)],
);
