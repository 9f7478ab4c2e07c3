import { and, eq, ne } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getDb } from '../../db/client';
import {
  billingNotices,
  categories,
  chatEvents,
  chatFacts,
  companies,
  configOutbox,
  domains,
  emailConfirmations,
  fastResponses,
  helpArticles,
  helpFeedback,
  helpTranslations,
  helpVotes,
  invitations,
  languages,
  memberships,
  offlineMessages,
  operatorCategories,
  operatorLanguages,
  payments,
  planLedger,
  transcriptRequests,
} from '../../db/schema';
import { companyRoom } from '../lib/company-room';
import { eraseCompanyFiles } from './company-files';

/**
 * One place that knows every store holding a company's data (SPEC S: data ends when its owner
 * ends). Company deletion, the GDPR export and erase of one visitor all walk this list, and
 * registry.test.ts fails when a D1 table with a `company_id` column is in no entry. A feature
 * that stores company or visitor data adds its entry here.
 */
export interface CompanyDataStore {
  /** The D1 tables this entry erases (by cascade or itself). */
  tables: readonly SQLiteTable[];
  eraseCompany: (env: Env, companyId: string) => Promise<void>;
  /** Present when the store holds data about visitors: what it has on one (GDPR export), or null for nothing. */
  exportVisitor?: (env: Env, companyId: string, visitorId: string) => Promise<unknown>;
  eraseVisitor?: (env: Env, companyId: string, visitorId: string) => Promise<void>;
}

export const COMPANY_DATA: Record<string, CompanyDataStore> = {
  /** The company row; everything keyed to it in D1 cascades (db/schema foreign keys). */
  settings: {
    tables: [
      companies,
      memberships,
      invitations,
      domains,
      languages,
      categories,
      operatorLanguages,
      operatorCategories,
      fastResponses,
      emailConfirmations,
    ],
    eraseCompany: async (env, companyId) => {
      await getDb(env.DB).delete(companies).where(eq(companies.id, companyId));
    },
  },
  /**
   * Plan history, payments and period-email marks. They go with the company (no accounting copy is
   * kept in D1; the payment provider keeps its own records). The rows cascade from the company row
   * too; erasing them here keeps a retried erase complete on its own.
   */
  billing: {
    tables: [planLedger, payments, billingNotices],
    eraseCompany: async (env, companyId) => {
      const db = getDb(env.DB);
      await db.batch([
        db.delete(planLedger).where(eq(planLedger.companyId, companyId)),
        db.delete(payments).where(eq(payments.companyId, companyId)),
        db.delete(billingNotices).where(eq(billingNotices.companyId, companyId)),
      ]);
    },
  },
  offlineMessages: {
    tables: [offlineMessages],
    eraseCompany: async (env, companyId) => {
      await getDb(env.DB).delete(offlineMessages).where(eq(offlineMessages.companyId, companyId));
    },
    exportVisitor: async (env, companyId, visitorId) => {
      const rows = await getDb(env.DB)
        .select()
        .from(offlineMessages)
        .where(and(eq(offlineMessages.companyId, companyId), eq(offlineMessages.visitorId, visitorId)));
      return rows.length > 0 ? rows : null;
    },
    eraseVisitor: async (env, companyId, visitorId) => {
      await getDb(env.DB)
        .delete(offlineMessages)
        .where(and(eq(offlineMessages.companyId, companyId), eq(offlineMessages.visitorId, visitorId)));
    },
  },
  /** Transcript requests (F21): the addresses visitors asked for their chats' transcripts at. */
  transcripts: {
    tables: [transcriptRequests],
    eraseCompany: async (env, companyId) => {
      await getDb(env.DB).delete(transcriptRequests).where(eq(transcriptRequests.companyId, companyId));
    },
    exportVisitor: async (env, companyId, visitorId) => {
      const rows = await getDb(env.DB)
        .select({
          chatId: transcriptRequests.chatId,
          email: transcriptRequests.email,
          createdAt: transcriptRequests.createdAt,
          sentAt: transcriptRequests.sentAt,
        })
        .from(transcriptRequests)
        .where(and(eq(transcriptRequests.companyId, companyId), eq(transcriptRequests.visitorId, visitorId)));
      return rows.length > 0 ? rows : null;
    },
    eraseVisitor: async (env, companyId, visitorId) => {
      await getDb(env.DB)
        .delete(transcriptRequests)
        .where(and(eq(transcriptRequests.companyId, companyId), eq(transcriptRequests.visitorId, visitorId)));
    },
  },
  /** Pending config pushes; the `deleted` row stays until the erase it stands for is done (notify.ts). */
  configOutbox: {
    tables: [configOutbox],
    eraseCompany: async (env, companyId) => {
      await getDb(env.DB)
        .delete(configOutbox)
        .where(and(eq(configOutbox.companyId, companyId), ne(configOutbox.what, 'deleted')));
    },
  },
  /**
   * The company's help center (F19): articles with their translations and votes, and feedback sent
   * from its widget. All cascade from the company row; erasing them here keeps a retried erase complete.
   */
  help: {
    tables: [helpArticles, helpTranslations, helpVotes, helpFeedback],
    eraseCompany: async (env, companyId) => {
      const db = getDb(env.DB);
      await db.batch([
        db.delete(helpFeedback).where(eq(helpFeedback.companyId, companyId)),
        db.delete(helpVotes).where(eq(helpVotes.companyId, companyId)),
        db.delete(helpArticles).where(eq(helpArticles.companyId, companyId)),
      ]);
    },
  },
  /**
   * Chat lifecycle events for reports (F22) and each chat's facts folded from them: times,
   * operators, language and category, nothing that names a visitor. They cascade from the company
   * row; erasing them here keeps a retried erase complete. Retention erases expired chats' rows
   * (durable-objects/room/report-erase.ts).
   */
  chatEvents: {
    tables: [chatEvents, chatFacts],
    eraseCompany: async (env, companyId) => {
      const db = getDb(env.DB);
      await db.batch([
        db.delete(chatEvents).where(eq(chatEvents.companyId, companyId)),
        db.delete(chatFacts).where(eq(chatFacts.companyId, companyId)),
      ]);
    },
  },
  /**
   * The company's Durable Objects: the room's chats, messages and visitors (its own SQLite
   * storage), and its visitor gateways' views and address cooldowns, which the room erases first
   * (only it knows how many there are) and whose idle sockets it closes when erasing a visitor.
   */
  room: {
    tables: [],
    eraseCompany: (env, companyId) => companyRoom(env, companyId).eraseCompany(),
    exportVisitor: (env, companyId, visitorId) => companyRoom(env, companyId).exportVisitor(visitorId),
    eraseVisitor: async (env, companyId, visitorId) => {
      await companyRoom(env, companyId).eraseVisitor(visitorId);
    },
  },
  /** R2 objects under the company's prefix. */
  files: { tables: [], eraseCompany: eraseCompanyFiles },
};

/**
 * Erases everything the company owns. The D1 row goes first so nothing reloads the company
 * meanwhile; every step is idempotent, so a retry after a failure (the outbox) finishes the job.
 */
export async function eraseCompanyData(env: Env, companyId: string): Promise<void> {
  const { settings, ...rest } = COMPANY_DATA;
  await settings!.eraseCompany(env, companyId);
  await Promise.all(Object.values(rest).map((store) => store.eraseCompany(env, companyId)));
}

/** What every store holds about one visitor, keyed by store (GDPR export); null when no store knows them. */
export async function exportVisitorData(env: Env, companyId: string, visitorId: string): Promise<Record<string, unknown> | null> {
  const entries = Object.entries(COMPANY_DATA).filter(([, store]) => store.exportVisitor);
  const values = await Promise.all(entries.map(([, store]) => store.exportVisitor!(env, companyId, visitorId)));
  if (values.every((value) => value === null)) return null;
  return Object.fromEntries(entries.map(([name], i) => [name, values[i]]));
}

/** Erases one visitor from every store that holds visitor data (GDPR). */
export async function eraseVisitorData(env: Env, companyId: string, visitorId: string): Promise<void> {
  await Promise.all(Object.values(COMPANY_DATA).map((store) => store.eraseVisitor?.(env, companyId, visitorId)));
}
