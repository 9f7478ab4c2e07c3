import { SELF } from 'cloudflare:test';
import { randomId } from '../../../common/ids';
import { companies, domains, memberships, offlineMessages } from '../../../db/schema';
import { createUser, db, type TestUser } from '../../../test/helpers';

export interface TestCompany {
  id: string;
  publicKey: string;
  owner: TestUser;
  /** `https://<registered host>`, to send as the widget's `Origin`. */
  origin: string;
}

const slug = () =>
  randomId()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * A fresh company with its owner (a member) and one registered domain, straight in D1. Its
 * notification email counts as confirmed unless `notificationEmailConfirmed` is false.
 */
export async function createCompanyWithDomain(
  opts: { notificationEmail?: string | null; notificationEmailConfirmed?: boolean; name?: string } = {},
): Promise<TestCompany> {
  const owner = await createUser();
  const id = randomId();
  const publicKey = randomId();
  const host = `site-${slug()}.example.com`;
  const now = new Date();
  await db()
    .insert(companies)
    .values({
      id,
      name: opts.name ?? 'Acme',
      publicKey,
      ownerId: owner.id,
      notificationEmail: opts.notificationEmail === undefined ? `inbox-${slug()}@example.test` : opts.notificationEmail,
      notificationEmailConfirmedAt: opts.notificationEmailConfirmed === false ? null : now,
      createdAt: now,
    });
  await db().insert(memberships).values({ companyId: id, userId: owner.id, role: 'owner', createdAt: now });
  await db().insert(domains).values({ id: randomId(), companyId: id, host, createdAt: now });
  return { id, publicKey, owner, origin: `https://${host}` };
}

/** A unique client address, so rate-limit buckets never leak between tests. */
export const uniqueIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 256)).join('.')}`;

/** Where these tests send requests; as an `Origin`, it is the console's own. */
export const PARLEY_ORIGIN = 'https://parley.test';

/**
 * POSTs the offline form the way the widget does: cross-origin JSON from the company's site, or
 * with `cookie` (a user's session) as on the console's Test chat page.
 */
export function postOffline(
  company: Pick<TestCompany, 'origin' | 'publicKey'>,
  fields: Record<string, unknown>,
  opts: { ip?: string; origin?: string | null; cookie?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'cf-connecting-ip': opts.ip ?? uniqueIp() };
  const origin = opts.origin === undefined ? company.origin : opts.origin;
  if (origin) headers.origin = origin;
  if (opts.cookie) headers.cookie = opts.cookie;
  return SELF.fetch(`${PARLEY_ORIGIN}/api/widget/offline-messages`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ key: company.publicKey, email: 'visitor@example.com', theme: 'Question', message: 'Hello there', ...fields }),
  });
}

/**
 * Stores a pending message directly, without a queue job, so a test drives delivery attempts
 * itself and no background consumer races it.
 */
export async function storePendingMessage(companyId: string, fields: Partial<typeof offlineMessages.$inferInsert> = {}): Promise<string> {
  const id = randomId();
  await db()
    .insert(offlineMessages)
    .values({
      id,
      companyId,
      email: 'visitor@example.com',
      theme: 'Question',
      message: 'Hello there',
      deliveryStatus: 'pending',
      createdAt: new Date(),
      ...fields,
    });
  return id;
}
