import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { authTokens, companies, emailConfirmations, loginThrottles, rateLimits, sessions, twoFactorTickets } from '../../db/schema';
import { createUser, db } from '../../test/helpers';
import { DECAY_MS } from '../auth/login-throttle';
import { VERIFY_LINK_MEMORY_MS } from '../auth/tokens';
import { TICKET_MAX_FAILURES, TICKET_TTL_MS } from '../auth/two-factor-ticket';
import { pruneExpired, RATE_LIMIT_ROW_TTL_MS } from './prune';

const HOUR = 3600 * 1000;

describe('pruneExpired', () => {
  it('deletes expired sessions, spent or expired tokens and links, old rate-limit rows and decayed login counters, and keeps the rest', async () => {
    const user = await createUser();
    const now = Date.now();
    const id = () => randomId();
    const [liveSession, deadSession] = [id(), id()];
    await db()
      .insert(sessions)
      .values([
        { id: liveSession, userId: user.id, createdAt: new Date(now), expiresAt: new Date(now + HOUR) },
        { id: deadSession, userId: user.id, createdAt: new Date(now - 2 * HOUR), expiresAt: new Date(now - HOUR) },
      ]);
    const [freshToken, usedToken, expiredToken, usedVerifyLink, oldVerifyLink] = [id(), id(), id(), id(), id()];
    const token = (
      tokenId: string,
      expiresAt: number,
      usedAt: number | null,
      purpose: 'reset' | 'verify' = 'reset',
      createdAt = now - HOUR,
    ) => ({
      id: tokenId,
      userId: user.id,
      purpose,
      createdAt: new Date(createdAt),
      expiresAt: new Date(expiresAt),
      usedAt: usedAt === null ? null : new Date(usedAt),
    });
    await db()
      .insert(authTokens)
      .values([
        token(freshToken, now + HOUR, null),
        token(usedToken, now + HOUR, now),
        token(expiredToken, now - 1, null),
        // Verification links are remembered for a while after use, so opening one again can say "already confirmed".
        token(usedVerifyLink, now + HOUR, now, 'verify'),
        token(oldVerifyLink, now - VERIFY_LINK_MEMORY_MS, now - VERIFY_LINK_MEMORY_MS, 'verify', now - VERIFY_LINK_MEMORY_MS - HOUR),
      ]);
    const [recentKey, oldKey] = [`test:${id()}`, `test:${id()}`];
    await db()
      .insert(rateLimits)
      .values([
        { key: recentKey, windowStart: new Date(now - HOUR), count: 3 },
        { key: oldKey, windowStart: new Date(now - RATE_LIMIT_ROW_TTL_MS - HOUR), count: 3 },
      ]);

    const [recentEmail, quietEmail] = [`${id()}@example.test`, `${id()}@example.test`];
    await db()
      .insert(loginThrottles)
      .values([
        { email: recentEmail, failures: 3, lastFailureAt: new Date(now - 60_000) },
        { email: quietEmail, failures: 30, lastFailureAt: new Date(now - DECAY_MS - 1) },
      ]);
    const companyId = id();
    await db()
      .insert(companies)
      .values({ id: companyId, name: 'Prune Co', publicKey: id(), ownerId: user.id, createdAt: new Date(now) });
    const confirmation = (confirmationId: string, expiresAt: number, usedAt: number | null) => ({
      id: confirmationId,
      companyId,
      email: 'team@example.test',
      createdAt: new Date(now - HOUR),
      expiresAt: new Date(expiresAt),
      usedAt: usedAt === null ? null : new Date(usedAt),
    });
    const [openLink, usedLink, expiredLink] = [id(), id(), id()];
    await db()
      .insert(emailConfirmations)
      .values([
        confirmation(openLink, now + HOUR, null),
        confirmation(usedLink, now + HOUR, now),
        confirmation(expiredLink, now - 1, null),
      ]);

    const counts = await pruneExpired(db(), now);

    const has = async (table: typeof sessions | typeof authTokens, rowId: string) =>
      (await db().select().from(table).where(eq(table.id, rowId))).length === 1;
    expect(await has(sessions, liveSession)).toBe(true);
    expect(await has(sessions, deadSession)).toBe(false);
    expect(await has(authTokens, freshToken)).toBe(true);
    expect(await has(authTokens, usedToken)).toBe(false);
    expect(await has(authTokens, expiredToken)).toBe(false);
    expect(await has(authTokens, usedVerifyLink)).toBe(true);
    expect(await has(authTokens, oldVerifyLink)).toBe(false);
    const keys = (await db().select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
    expect(keys).toContain(recentKey);
    expect(keys).not.toContain(oldKey);
    expect(counts.sessions).toBeGreaterThanOrEqual(1);
    expect(counts.tokens).toBeGreaterThanOrEqual(3);
    expect(counts.rateLimits).toBeGreaterThanOrEqual(1);
    const throttled = (await db().select({ email: loginThrottles.email }).from(loginThrottles)).map((r) => r.email);
    expect(throttled).toContain(recentEmail);
    expect(throttled).not.toContain(quietEmail);
    const links = (await db().select({ id: emailConfirmations.id }).from(emailConfirmations)).map((r) => r.id);
    expect(links).toContain(openLink);
    expect(links).not.toContain(usedLink);
    expect(links).not.toContain(expiredLink);
    expect(counts.loginThrottles).toBeGreaterThanOrEqual(1);
    expect(counts.emailConfirmations).toBeGreaterThanOrEqual(2);
  });

  it('deletes login steps that expired or took too many wrong codes, and keeps live ones', async () => {
    const user = await createUser();
    const now = Date.now();
    const [live, expired, spent] = [randomId(), randomId(), randomId()];
    await db()
      .insert(twoFactorTickets)
      .values([
        { id: live, userId: user.id, expiresAt: new Date(now + TICKET_TTL_MS) },
        { id: expired, userId: user.id, expiresAt: new Date(now - 1) },
        { id: spent, userId: user.id, expiresAt: new Date(now + TICKET_TTL_MS), failures: TICKET_MAX_FAILURES },
      ]);
    const counts = await pruneExpired(db(), now);
    const left = (await db().select({ id: twoFactorTickets.id }).from(twoFactorTickets)).map((r) => r.id);
    expect(left).toContain(live);
    expect(left).not.toContain(expired);
    expect(left).not.toContain(spent);
    expect(counts.twoFactorTickets).toBeGreaterThanOrEqual(2);
  });
});
