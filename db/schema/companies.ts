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
  offlineFormEnabled: integer('offline_form_enabled', { mode: 'boolean' }).notNull().default(true),
  maxChatsPerOperator: integer('max_chats_per_operator').notNull().default(3),
  /** New chats the company's room takes per minute, from all visitors together (SPEC S). */
  newChatsPerMinute: integer('new_chats_per_minute').notNull().default(600),
  greeting: text('greeting').notNull().default(''),
  color: text('color').notNull().default('#2563eb'),
  position: text('position', { enum: ['right', 'left'] })
    .notNull()
    .default('right'),
  categoriesEnabled: integer('categories_enabled', { mode: 'boolean' }).notNull().default(false),
  widgetInstalledAt: integer('widget_installed_at', { mode: 'timestamp_ms' }),
  plan: text('plan').notNull().default('free'),
  planOperators: integer('plan_operators').notNull().default(1),
  paidUntil: integer('paid_until', { mode: 'timestamp_ms' }),
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
  },
  (t) => [uniqueIndex('invitations_company_user_idx').on(t.companyId, t.userId), index('invitations_user_idx').on(t.userId)],
);

/** Normalised hostnames (`example.com`, `*.example.com`); a host belongs to one company at most. */
export const domains = sqliteTable(
  'domains',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    host: text('host').notNull().unique(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('domains_company_idx').on(t.companyId)],
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
