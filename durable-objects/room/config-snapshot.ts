import { and, asc, eq, isNull } from 'drizzle-orm';
import { avatarUrl } from '../../common/avatar-keys';
import type { ConfigChange } from '../../common/config-change';
import {
  type Category,
  DEFAULT_MAX_QUEUE_LENGTH,
  type OperatorConfig,
  type OperatorPublic,
  type WidgetConfig,
} from '../../common/protocol';
import type { OperatorDestinations } from '../../common/routing/serves';
import type { BusyBehaviour } from '../../common/schemas/company';
import type { Db } from '../../db/client';
import {
  categories,
  companies,
  domains,
  fastResponses,
  helpArticles,
  helpTranslations,
  languages,
  memberships,
  operatorCategories,
  operatorLanguages,
  users,
} from '../../db/schema';
import type { BusySettings } from '../routing/availability';

/** A member of the company as the room needs them: for display, routing and the operator limit. */
export interface Member extends OperatorPublic {
  isOwner: boolean;
  joinedAt: number;
}

/**
 * The company's configuration as the room uses it. Loaded from D1 when the room first needs it
 * and again only for the parts `configChanged` names — never per frame. Kept in the object's KV
 * so a room woken from hibernation doesn't go back to D1.
 */
export interface ConfigSnapshot {
  companyId: string;
  settings: {
    offlineFormEnabled: boolean;
    maxChatsPerOperator: number;
    /** Absent in snapshots stored before the setting existed (then the default applies). */
    newChatsPerMinute?: number;
    /** What busy does (F10); absent in snapshots stored before the setting existed (`queue` then). */
    busyBehaviour?: BusyBehaviour;
    /** The queue's cap (F10); absent in older snapshots (DEFAULT_MAX_QUEUE_LENGTH then). */
    maxQueueLength?: number;
    greeting: string;
    color: string;
    position: 'right' | 'left';
    categoriesEnabled: boolean;
    planOperators: number;
    /** Epoch ms, or null for Free. */
    paidUntil: number | null;
    widgetInstalled: boolean;
    /** Closed chats older than this many days are deleted (SPEC S). */
    retentionDays: number;
    /** The largest attachment, in MB (F20); absent in older snapshots (DEFAULT_ATTACHMENT_MAX_MEGABYTES then). */
    attachmentMaxMegabytes?: number;
    /** Whether visitors are asked to rate ended chats (F21); absent in older snapshots (on then). */
    ratingEnabled?: boolean;
    /** Whether operators see the visitor's draft (F21 typing preview); absent in older snapshots (off then). */
    typingPreviewEnabled?: boolean;
    /** How many visitor gateways the company has (common/gateways/gateways.ts); absent in older snapshots (1 then). */
    visitorGateways?: number;
  };
  languages: { code: string; isDefault: boolean }[];
  categories: Category[];
  members: Member[];
  destinations: Record<string, OperatorDestinations>;
  fastResponses: OperatorConfig['fastResponses'];
  /** Registered domain entries (canonical, e.g. `example.com`, `*.example.com`). */
  domains: string[];
  /**
   * The languages the company has published help articles in (F19), for the widget's config.
   * Absent in snapshots stored before it was kept (the room loads it on first use then).
   */
  helpLanguages?: string[];
}

type Part = Exclude<keyof ConfigSnapshot, 'companyId'>;

/** Which parts of the snapshot each kind of change can affect. */
const PARTS_FOR: Record<ConfigChange, Part[]> = {
  settings: ['settings'],
  plan: ['settings'],
  domains: ['domains'],
  languages: ['languages', 'destinations'],
  // Category support flipping clears every destination (F5).
  categories: ['categories', 'settings', 'destinations'],
  operators: ['members', 'destinations'],
  destinations: ['destinations'],
  'fast-responses': ['fastResponses'],
  help: ['helpLanguages'],
  deleted: [],
};

const LOADERS: { [P in Part]-?: (db: Db, companyId: string, appOrigin: string) => Promise<ConfigSnapshot[P] | null> } = {
  async settings(db, companyId) {
    const row = await db.select().from(companies).where(eq(companies.id, companyId)).get();
    if (!row) return null;
    return {
      offlineFormEnabled: row.offlineFormEnabled,
      maxChatsPerOperator: row.maxChatsPerOperator,
      newChatsPerMinute: row.newChatsPerMinute,
      busyBehaviour: row.busyBehaviour,
      maxQueueLength: row.maxQueueLength,
      greeting: row.greeting,
      color: row.color,
      position: row.position,
      categoriesEnabled: row.categoriesEnabled,
      planOperators: row.planOperators,
      paidUntil: row.paidUntil?.getTime() ?? null,
      widgetInstalled: row.widgetInstalledAt !== null,
      retentionDays: row.retentionDays,
      attachmentMaxMegabytes: row.attachmentMaxMegabytes,
      ratingEnabled: row.ratingEnabled,
      typingPreviewEnabled: row.typingPreviewEnabled,
      visitorGateways: row.visitorGateways,
    };
  },
  async languages(db, companyId) {
    return db
      .select({ code: languages.code, isDefault: languages.isDefault })
      .from(languages)
      .where(eq(languages.companyId, companyId))
      .orderBy(asc(languages.createdAt), asc(languages.code));
  },
  async categories(db, companyId) {
    return db
      .select({ id: categories.id, name: categories.name })
      .from(categories)
      .where(eq(categories.companyId, companyId))
      .orderBy(asc(categories.name));
  },
  async members(db, companyId, appOrigin) {
    const rows = await db
      .select({ id: users.id, name: users.name, avatarKey: users.avatarKey, role: memberships.role, joinedAt: memberships.createdAt })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.companyId, companyId));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      // Absolute: the widget runs on the customer's origin.
      avatarUrl: r.avatarKey ? appOrigin + avatarUrl(r.avatarKey) : null,
      isOwner: r.role === 'owner',
      joinedAt: r.joinedAt.getTime(),
    }));
  },
  async destinations(db, companyId) {
    const [langs, cats] = await Promise.all([
      db
        .select({ userId: operatorLanguages.userId, code: operatorLanguages.code })
        .from(operatorLanguages)
        .where(eq(operatorLanguages.companyId, companyId)),
      db
        .select({ userId: operatorCategories.userId, categoryId: operatorCategories.categoryId })
        .from(operatorCategories)
        .where(eq(operatorCategories.companyId, companyId)),
    ]);
    const out: Record<string, { languages: string[]; categories: string[] }> = {};
    const entry = (userId: string) => {
      out[userId] ??= { languages: [], categories: [] };
      return out[userId];
    };
    for (const l of langs) entry(l.userId).languages.push(l.code);
    for (const c of cats) entry(c.userId).categories.push(c.categoryId);
    return out;
  },
  async fastResponses(db, companyId) {
    return db
      .select({ id: fastResponses.id, nickname: fastResponses.nickname, text: fastResponses.text })
      .from(fastResponses)
      .where(eq(fastResponses.companyId, companyId))
      .orderBy(asc(fastResponses.createdAt));
  },
  async domains(db, companyId) {
    // A disabled claim (another company proved the domain) serves no widget.
    const rows = await db
      .select({ host: domains.host })
      .from(domains)
      .where(and(eq(domains.companyId, companyId), isNull(domains.disabledAt)));
    return rows.map((r) => r.host);
  },
  async helpLanguages(db, companyId) {
    const rows = await db
      .selectDistinct({ lang: helpTranslations.lang })
      .from(helpTranslations)
      .innerJoin(helpArticles, eq(helpArticles.id, helpTranslations.articleId))
      .where(and(eq(helpArticles.companyId, companyId), eq(helpArticles.published, true)))
      .orderBy(asc(helpTranslations.lang));
    return rows.map((r) => r.lang);
  },
};

const ALL_PARTS = Object.keys(LOADERS) as Part[];

/** Loads the whole snapshot, or null when the company doesn't exist (any more). */
export async function loadSnapshot(db: Db, companyId: string, appOrigin: string): Promise<ConfigSnapshot | null> {
  const values = await Promise.all(ALL_PARTS.map((part) => LOADERS[part](db, companyId, appOrigin)));
  if (values.some((v) => v === null)) return null;
  return { companyId, ...Object.fromEntries(ALL_PARTS.map((part, i) => [part, values[i]])) } as ConfigSnapshot;
}

/** Reloads only the parts a change can affect; null when the company is gone. */
export async function reloadSnapshot(
  db: Db,
  snapshot: ConfigSnapshot,
  what: ConfigChange,
  appOrigin: string,
): Promise<ConfigSnapshot | null> {
  if (what === 'deleted') return null;
  const parts = PARTS_FOR[what];
  const values = await Promise.all(parts.map((part) => LOADERS[part](db, snapshot.companyId, appOrigin)));
  if (values.some((v) => v === null)) return null;
  return { ...snapshot, ...Object.fromEntries(parts.map((part, i) => [part, values[i]])) };
}

/** The settings that decide what busy means (F10), with the defaults for snapshots stored before them. */
export function busySettings(s: ConfigSnapshot): BusySettings {
  return {
    busyBehaviour: s.settings.busyBehaviour ?? 'queue',
    maxQueueLength: s.settings.maxQueueLength ?? DEFAULT_MAX_QUEUE_LENGTH,
    offlineFormEnabled: s.settings.offlineFormEnabled,
  };
}

/** Whether visitors may rate ended chats (F21); snapshots stored before the setting have it on. */
export function ratingsOn(s: ConfigSnapshot): boolean {
  return s.settings.ratingEnabled ?? true;
}

/** Whether the visitor's draft reaches the operator (F21); snapshots stored before the setting have it off. */
export function typingPreviewOn(s: ConfigSnapshot): boolean {
  return s.settings.typingPreviewEnabled ?? false;
}

/** How many visitor gateways carry the company's idle widgets; snapshots stored before gateways have one. */
export function gatewayCount(s: ConfigSnapshot): number {
  return s.settings.visitorGateways ?? 1;
}

/** The widget's view of the configuration (F9). */
export function widgetConfig(s: ConfigSnapshot): WidgetConfig {
  return {
    languages: s.languages,
    categoriesEnabled: s.settings.categoriesEnabled,
    categories: s.categories,
    greeting: s.settings.greeting,
    color: s.settings.color,
    position: s.settings.position,
    offlineForm: s.settings.offlineFormEnabled,
    rating: ratingsOn(s),
    typingPreview: typingPreviewOn(s),
    helpLanguages: s.helpLanguages ?? [],
  };
}

/** The operator chat page's view of the configuration (F11, F12). */
export function operatorConfig(s: ConfigSnapshot): OperatorConfig {
  return {
    maxChatsPerOperator: s.settings.maxChatsPerOperator,
    offlineFormEnabled: s.settings.offlineFormEnabled,
    categoriesEnabled: s.settings.categoriesEnabled,
    languages: s.languages,
    categories: s.categories,
    fastResponses: s.fastResponses,
    operators: s.members.map(({ id, name, avatarUrl }) => ({ id, name, avatarUrl })),
  };
}
