/**
 * The company room's own SQLite schema. Each entry is one migration, applied once and in order;
 * the applied count lives in the object's KV so a restart never re-runs one. Add new migrations
 * at the end; never edit one that has shipped.
 */
export const MIGRATIONS: readonly (readonly string[])[] = [
  [
    `CREATE TABLE chats (
      id TEXT PRIMARY KEY,
      visitor_id TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('queued', 'active', 'closed')),
      operator_id TEXT,
      language TEXT NOT NULL,
      category TEXT,
      visitor TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      queued_at INTEGER,
      closed_at INTEGER,
      closed_by TEXT,
      close_reason TEXT,
      grace_until INTEGER
    )`,
    `CREATE INDEX chats_visitor_idx ON chats (visitor_id, status)`,
    `CREATE INDEX chats_status_idx ON chats (status, queued_at)`,
    `CREATE INDEX chats_history_idx ON chats (created_at DESC, id DESC)`,
    // The per-message write path is one INSERT into one b-tree: each chat's last seq is counted in
    // memory (MAX(seq) on wake), and the primary key is the sender's key, which is what detects a
    // resend, so no second index is written per message. Reads by seq sort one chat's rows.
    `CREATE TABLE messages (
      chat_id TEXT NOT NULL REFERENCES chats (id),
      author TEXT NOT NULL,
      client_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      operator_id TEXT,
      text TEXT NOT NULL,
      at INTEGER NOT NULL,
      PRIMARY KEY (chat_id, author, client_id)
    ) WITHOUT ROWID`,
    `CREATE TABLE operator_load (operator_id TEXT PRIMARY KEY, last_assigned_at INTEGER NOT NULL)`,
    // When the widget first saw each visitor, for the operator's visitor panel (F11).
    `CREATE TABLE visitors (visitor_id TEXT PRIMARY KEY, first_seen_at INTEGER NOT NULL)`,
  ],
  [
    // Signed-out console sessions, kept until the session would have expired anyway: a socket
    // whose upgrade was already on its way is refused, and a wake re-checks every socket (SPEC S).
    `CREATE TABLE revoked_sessions (session_id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL)`,
  ],
  // Protocol 2: the hash of the secret that owns each visitor id (visitors seen before it have
  // none and can never be resumed: their ids were shown to operators),
  // and the anonymous limits that must hold across hibernation (new chats per address, per company).
  [
    `ALTER TABLE visitors ADD COLUMN secret_hash TEXT`,
    `CREATE TABLE rate_hits (key TEXT NOT NULL, expires_at INTEGER NOT NULL)`,
    `CREATE INDEX rate_hits_key_idx ON rate_hits (key)`,
    `CREATE INDEX rate_hits_expiry_idx ON rate_hits (expires_at)`,
  ],
  // Busy queue (F10): when a chat was first assigned (its length feeds the wait estimate, read
  // newest first through the partial index), the email a waiting visitor left, and system lines
  // ("joined the chat") kept in the history with what they record.
  [
    `ALTER TABLE chats ADD COLUMN assigned_at INTEGER`,
    `ALTER TABLE chats ADD COLUMN contact_email TEXT`,
    `CREATE INDEX chats_finished_idx ON chats (closed_at DESC) WHERE assigned_at IS NOT NULL`,
    `ALTER TABLE messages ADD COLUMN event TEXT`,
  ],
  // Attachments (F20): each uploaded file with the chat and side it was uploaded to, and the seq
  // of the message that carries it once sent; the message keeps its files' details (JSON) so
  // reading a chat needs no join. Their bytes live in R2 under the chat's prefix.
  [
    `CREATE TABLE attachments (
      id TEXT PRIMARY KEY,
      chat_id TEXT NOT NULL,
      side TEXT NOT NULL CHECK (side IN ('visitor', 'operator')),
      name TEXT NOT NULL,
      type TEXT NOT NULL,
      size INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      message_seq INTEGER
    )`,
    `CREATE INDEX attachments_chat_idx ON attachments (chat_id)`,
    `ALTER TABLE messages ADD COLUMN attachments TEXT`,
  ],
  // The visitor's rating of an ended chat (F21): kept with the chat, so retention and erasure take it too.
  [
    `ALTER TABLE chats ADD COLUMN rating TEXT`,
    `ALTER TABLE chats ADD COLUMN rating_comment TEXT`,
    `ALTER TABLE chats ADD COLUMN rated_at INTEGER`,
  ],
  // Reports (F22): the outbox of chat lifecycle events, each written with the change it
  // describes and deleted once D1 holds it (chat-events.ts).
  [`CREATE TABLE chat_events (id TEXT PRIMARY KEY, chat_id TEXT NOT NULL, at INTEGER NOT NULL, data TEXT NOT NULL)`],
  // Receipts (F21): each side's delivered and seen marks per chat, written at most once a second
  // per chat (receipt-book.ts); `version` counts the writes.
  [
    `CREATE TABLE chat_receipts (
      chat_id TEXT PRIMARY KEY,
      visitor_delivered INTEGER NOT NULL,
      visitor_seen INTEGER NOT NULL,
      operator_delivered INTEGER NOT NULL,
      operator_seen INTEGER NOT NULL,
      version INTEGER NOT NULL
    ) WITHOUT ROWID`,
  ],
  // System lines come from the chat's lifecycle events (system-lines.ts): each keeps the id of the
  // event it tells of, written in the same transaction, so neither exists without the other.
  [`ALTER TABLE messages ADD COLUMN event_id TEXT`],
];

/** The object KV key holding how many migrations were applied. */
export const VERSION_KEY = 'schemaVersion';

/**
 * Brings the object's SQLite storage up to the latest schema (synchronous, so it runs in the
 * constructor): the room's, or another object's own list (a visitor gateway's).
 */
export function migrate(storage: DurableObjectStorage, migrations: readonly (readonly string[])[] = MIGRATIONS): void {
  const applied = storage.kv.get<number>(VERSION_KEY) ?? 0;
  if (applied >= migrations.length) return;
  storage.transactionSync(() => {
    for (const statements of migrations.slice(applied)) for (const sql of statements) storage.sql.exec(sql);
    storage.kv.put(VERSION_KEY, migrations.length);
  });
}
