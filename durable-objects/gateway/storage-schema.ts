/**
 * A visitor gateway's own SQLite schema, applied by the room's `migrate` (room/storage-schema.ts):
 * only the `rate_hits` table its address cooldowns live in (visitor/frame-abuse.ts). Add new
 * migrations at the end; never edit one that has shipped.
 */
export const GATEWAY_MIGRATIONS: readonly (readonly string[])[] = [
  [
    `CREATE TABLE rate_hits (key TEXT NOT NULL, expires_at INTEGER NOT NULL)`,
    `CREATE INDEX rate_hits_key_idx ON rate_hits (key)`,
    `CREATE INDEX rate_hits_expiry_idx ON rate_hits (expires_at)`,
  ],
];
