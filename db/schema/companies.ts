import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';

export const companies = sqliteTable('companies', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Named in the widget snippet; not a secret, but unguessable so keys can't be enumerated. */
  publicKey: text('public_key').notNull().unique(),
  ownerId: text('owner_id')
    .notNull()
    .references(() => users.id),
  notificationEmail: text('notification_email'),
  /** When someone opened the confirmation link sent to `notificationEmail`; until then offline mail goes to the owner. */
  notificationEmailConfirmedAt: integer('notification_email_confirmed_at', { mode: 'timestamp_ms' }),
  offlineFormEnabled: integer('offline_form_enabled', { mode: 'boolean' }).notNull().default(true),
  maxChatsPerOperator: integer('max_chats_per_operator').notNull().default(3),
  /** New chats the company's room takes per minute, from all visitors together (SPEC S). */
  newChatsPerMinute: integer('new_chats_per_minute').notNull().default(600),
  /** What the widget does while every operator serving a visitor is at capacity (F10, BUSY_BEHAVIOURS). */
  busyBehaviour: text('busy_behaviour', { enum: ['queue', 'offline_form', 'hide'] })
    .notNull()
    .default('queue'),
  /** The longest queue the company's room keeps; past it busy behaves like offline (F10). */
  maxQueueLength: integer('max_queue_length').notNull().default(200),
  greeting: text('greeting').notNull().default(''),
  color: text('color').notNull().default('#2563eb'),
  position: text('position', { enum: ['right', 'left'] })
    .notNull()
    .default('right'),
  categoriesEnabled: integer('categories_enabled', { mode: 'boolean' }).notNull().default(false),
  /** Whether the widget asks visitors to rate a chat once it ended (F21). */
  ratingEnabled: integer('rating_enabled', { mode: 'boolean' }).notNull().default(true),
  /** Whether operators see the visitor's draft before it is sent (F21 typing preview); opt-in, the widget says so while on. */
  typingPreviewEnabled: integer('typing_preview_enabled', { mode: 'boolean' }).notNull().default(false),
  widgetInstalledAt: integer('widget_installed_at', { mode: 'timestamp_ms' }),
  plan: text('plan').notNull().default('free'),
  planOperators: integer('plan_operators').notNull().default(1),
  paidUntil: integer('paid_until', { mode: 'timestamp_ms' }),
  /** The IANA time zone whose local days and hours the company's reports use (F22). */
  timeZone: text('time_zone').notNull().default('UTC'),
  /** Closed chats older than this are deleted by the company's room (SPEC S). */
  retentionDays: integer('retention_days').notNull().default(365),
  /** The largest file the company's chats take, in MB (F20, common/attachments/limits.ts). */
  attachmentMaxMegabytes: integer('attachment_max_megabytes').notNull().default(10),
  /** Bumped with every change the room must reload; the room compares it on wake (worker/companies/notify.ts). */
  configVersion: integer('config_version').notNull().default(0),
  /**
   * How many visitor gateway objects carry the company's idle widgets (common/gateways/gateways.ts):
   * raised by the company's room as its traffic grows, never lowered; read with the Origin lookup.
   */
  visitorGateways: integer('visitor_gateways').notNull().default(1),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const memberships = sqliteTable(
  'memberships',
  {
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'operator'] }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

/** Pending invitations only: accepting turns one into a membership, declining or revoking deletes it. */
export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    invitedBy: text('invited_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    /** When the owner last sent the invitation mail again (Resend); null while only the first mail went out. */
    resentAt: integer('resent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('invitations_company_user_idx').on(t.companyId, t.userId), index('invitations_user_idx').on(t.userId)],
);

/**
 * Normalised hostnames (`example.com`, `*.example.com`) a company claims for its widget (F3). Any
 * number of companies may claim a host unverified; once one proves ownership (`verifiedAt`), the
 * host is its alone: others' overlapping claims get `disabledAt` and no new ones are accepted.
 */
export const domains = sqliteTable(
  'domains',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    host: text('host').notNull(),
    /** Published by the owner in DNS or on the site to prove the claim (worker/domains/ownership-proof.ts). */
    verificationToken: text('verification_token')
      .notNull()
      .$defaultFn(() => crypto.randomUUID().replaceAll('-', '')),
    verifiedAt: integer('verified_at', { mode: 'timestamp_ms' }),
    /** Set when another company verified an overlapping entry; a disabled claim serves no widget. */
    disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('domains_company_idx').on(t.companyId),
    index('domains_host_idx').on(t.host),
    uniqueIndex('domains_company_host_idx').on(t.companyId, t.host),
    uniqueIndex('domains_verified_host_idx').on(t.host).where(sql`${t.verifiedAt} IS NOT NULL`),
  ],
);

export const languages = sqliteTable(
  'languages',
  {
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    isDefault: integer('is_default', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.code] })],
);

export const categories = sqliteTable(
  'categories',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('categories_company_name_idx').on(t.companyId, t.name)],
);

/** Single-use links confirming a company's notification email, stored as SHA-256 hashes of the token. */
export const emailConfirmations = sqliteTable(
  'email_confirmations',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('email_confirmations_company_idx').on(t.companyId)],
);
