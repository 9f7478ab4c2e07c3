import { randomId } from '../../../common/ids';
import {
  categories,
  companies,
  domains,
  fastResponses,
  helpArticles,
  helpTranslations,
  invitations,
  languages,
  memberships,
  offlineMessages,
  operatorCategories,
  operatorLanguages,
} from '../../../db/schema';
import { createUser, db, type TestUser } from '../../../test/helpers';
import { watchCompany } from '../../../test/realtime';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** A fully set-up company with one of everything, for route and isolation tests. */
export interface CompanyFixture {
  companyId: string;
  publicKey: string;
  owner: TestUser;
  /** A member with role operator and destinations (en + the category). */
  operator: TestUser;
  /** A verified account with a pending invitation to this company. */
  invitee: TestUser;
  /** A verified account with no tie to this company, free to be invited. */
  spare: TestUser;
  domainId: string;
  host: string;
  categoryId: string;
  invitationId: string;
  fastResponseId: string;
  offlineMessageId: string;
  /** A published help-center article (F19), written in English. */
  articleSlug: string;
  /** The non-default language (`uk`); `en` is the default. */
  code: string;
}

/**
 * Inserts a company straight into D1: owner + operator, a paid plan with room for 10 operators,
 * domain, languages en (default) and uk, one category (support on), destinations, a pending
 * invitation, a fast response and an offline message. Unique ids every call, since test storage is shared.
 */
export async function createCompanyFixture(): Promise<CompanyFixture> {
  const [owner, operator, invitee, spare] = await Promise.all([
    createUser({ name: 'Owner' }),
    createUser({ name: 'Operator' }),
    createUser({ name: 'Invitee' }),
    createUser({ name: 'Spare' }),
  ]);
  const now = new Date();
  const companyId = randomId();
  const publicKey = randomId(24);
  const domainId = randomId();
  const host = `${companyId.toLowerCase().replace(/[^a-z0-9]/g, '')}.fixture.test`;
  const categoryId = randomId();
  const invitationId = randomId();
  const fastResponseId = randomId();
  const offlineMessageId = randomId();
  const articleId = randomId();
  const articleSlug = `article-${companyId.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
  const d = db();
  await d.batch([
    d.insert(companies).values({
      id: companyId,
      name: 'Fixture Co',
      publicKey,
      ownerId: owner.id,
      categoriesEnabled: true,
      plan: 'standard',
      planOperators: 10,
      paidUntil: new Date(now.getTime() + YEAR_MS),
      createdAt: now,
    }),
    d.insert(memberships).values([
      { companyId, userId: owner.id, role: 'owner', createdAt: now },
      { companyId, userId: operator.id, role: 'operator', createdAt: now },
    ]),
    d.insert(domains).values({ id: domainId, companyId, host, createdAt: now }),
    d.insert(languages).values([
      { companyId, code: 'en', isDefault: true, createdAt: now },
      { companyId, code: 'uk', isDefault: false, createdAt: new Date(now.getTime() + 1) },
    ]),
    d.insert(categories).values({ id: categoryId, companyId, name: 'Sales', createdAt: now }),
    d.insert(operatorLanguages).values({ companyId, userId: operator.id, code: 'en' }),
    d.insert(operatorCategories).values({ companyId, userId: operator.id, categoryId }),
    d.insert(invitations).values({ id: invitationId, companyId, userId: invitee.id, invitedBy: owner.id, createdAt: now }),
    d.insert(helpArticles).values({ id: articleId, companyId, slug: articleSlug, published: true, createdAt: now, updatedAt: now }),
    d.insert(helpTranslations).values({
      articleId,
      lang: 'en',
      title: 'Returns',
      body: 'Send it back.',
      titleStem: 'returns',
      bodyStem: 'send it back',
      updatedAt: now,
    }),
    d.insert(fastResponses).values({ id: fastResponseId, companyId, nickname: 'greet', text: 'Hello!', createdAt: now, updatedAt: now }),
    d.insert(offlineMessages).values({
      id: offlineMessageId,
      companyId,
      email: 'visitor@example.test',
      theme: 'Question',
      message: 'Hello?',
      deliveryStatus: 'sent',
      createdAt: now,
    }),
  ]);
  return {
    companyId,
    publicKey,
    owner,
    operator,
    invitee,
    spare,
    domainId,
    host,
    categoryId,
    invitationId,
    fastResponseId,
    offlineMessageId,
    articleSlug,
    code: 'uk',
  };
}

/** The fixture company's owner on the chat page and a widget on its domain, watched for pushes (F13). */
export function watchFixture(f: CompanyFixture) {
  return watchCompany({ id: f.companyId, publicKey: f.publicKey, origin: `https://${f.host}` }, f.owner);
}

/** A hostname nobody has registered yet. */
export const uniqueHost = (label = 'site') =>
  `${label}-${randomId(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}.example`;
