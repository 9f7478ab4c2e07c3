import { createScheduledController, env } from 'cloudflare:test';
import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { devMail } from '../../db/schema';
import { apiFetch, createUser, db, type TestUser } from '../../test/helpers';
import { connectOperator, connectVisitor, operatorSays, type TestCompany, visitorSays } from '../../test/realtime';
import { companyPath, createCompanyAs, expectJson } from '../companies/test/api';
import { uniqueHost } from '../companies/test/fixtures';
import worker from '../index';
import { latestMailTo } from '../mail/test/mailbox';
import { expireIfDue } from './expiry';
import { buyPlan, ledgerOf, planOf } from './test/billing';

const CRON = '*/15 * * * *';

/** Runs the worker's cron handler as if the trigger fired at `at`; it awaits all its work, so this resolves when the run is done. */
async function cronAt(at: number): Promise<void> {
  await worker.scheduled?.(createScheduledController({ scheduledTime: at, cron: CRON }), env);
}

const mailsTo = (to: string, subject: string) =>
  db()
    .select()
    .from(devMail)
    .where(and(eq(devMail.to, to), like(devMail.subject, `%${subject}%`)));

/**
 * A company that paid for 2 operators, with a second operator who accepted, then moved to 100 Pro
 * seats: its period shrinks to a few hours, so the cron can end it without touching the long
 * periods other test files' companies have.
 */
async function companyEndingSoon(): Promise<TestCompany & { operator: TestUser; end: number }> {
  const owner = await createUser({ name: 'Owner' });
  const operator = await createUser({ name: 'Second' });
  const { id, publicKey } = await createCompanyAs(owner, 'Ending Soon');
  const host = uniqueHost('ending');
  await expectJson(await apiFetch(companyPath(id, '/domains'), { body: { host }, user: owner }), 201);
  await expectJson(await apiFetch(companyPath(id, '/languages'), { body: { code: 'en' }, user: owner }), 201);
  await buyPlan(owner, id, { plan: 'standard', operators: 2, months: 1 });
  const { invitation } = await expectJson(
    await apiFetch(companyPath(id, '/operators'), { body: { email: operator.email }, user: owner }),
    201,
  );
  await expectJson(await apiFetch(`/api/me/invitations/${invitation.id}/accept`, { method: 'POST', user: operator }), 200);
  const shrunk = await expectJson(
    await apiFetch(companyPath(id, '/plan'), { method: 'PUT', body: { plan: 'pro', operators: 100 }, user: owner }),
    200,
  );
  const end = Date.parse(shrunk.paidUntil);
  expect(end - Date.now()).toBeLessThan(8 * 3600_000);
  for (const user of [owner, operator]) {
    const body = { languages: ['en'], categories: [] };
    await expectJson(await apiFetch(companyPath(id, `/operators/${user.id}/destinations`), { method: 'PUT', body, user: owner }), 200);
  }
  return { id, publicKey, origin: `https://${host}`, owner, operators: [owner, operator], categoryIds: [], operator, end };
}

describe('the end of a paid period', () => {
  it('reminds the owner once within 3 days of the end', async () => {
    const { owner, end } = await companyEndingSoon();
    await cronAt(end - 3600_000);
    await cronAt(end - 1800_000);
    const reminders = await mailsTo(owner.email, 'your Parley plan ends on');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.text).toContain('Renew the plan: ');
  });

  it('moves the company to Free limits by cron: the extra operator is set away, keeps their open chat, and is refused at hello', async () => {
    const company = await companyEndingSoon();
    const { id, owner, operator, end } = company;
    const second = await connectOperator(company, operator);
    expect(second.welcome.status).toBe('online');
    const first = await connectOperator(company, owner, { status: 'away' });
    const visitor = await connectVisitor(company);
    await visitorSays(visitor, 'hello before the end');
    const { chatId } = await visitor.next('assigned');
    expect((await second.next('chat')).chat.id).toBe(chatId);
    first.send({ type: 'status', status: 'online' });
    await first.next('status');

    await cronAt(end + 1000);

    expect(await second.next('error')).toMatchObject({ code: 'operator_limit' });
    expect(await second.next('status')).toEqual({ type: 'status', status: 'away' });
    // The open chat stays theirs to finish.
    await operatorSays(second, chatId, 'still here');
    await visitor.until((f) => f.type === 'message' && f.message.text === 'still here');
    // New chats go to the owner, the one operator Free allows.
    const next = await connectVisitor(company);
    await visitorSays(next, 'hello after the end');
    expect((await next.next('assigned')).operator.id).toBe(owner.id);
    second.send({ type: 'status', status: 'online' });
    expect(await second.next('error')).toMatchObject({ code: 'operator_limit', ref: 'status' });
    const again = await connectOperator(company, operator);
    expect(again.welcome.status).toBe('away');
    expect(await again.next('error')).toMatchObject({ code: 'operator_limit', ref: 'hello' });

    expect(await planOf(owner, id)).toMatchObject({
      plan: 'pro',
      operators: 100,
      paidUntil: null,
      paid: false,
      operatorLimit: 1,
      operatorsUsed: 2,
    });
    const [expiry] = (await ledgerOf(owner, id)).ledger;
    expect(expiry).toMatchObject({
      kind: 'expire',
      actor: null,
      before: { paidUntil: new Date(end).toISOString() },
      after: { plan: 'pro', paidUntil: null },
    });
    const notice = await latestMailTo(owner.email);
    expect(notice.subject).toBe('Ending Soon: your Parley plan has ended');
    expect(notice.links).toContain(`${env.APP_ORIGIN}/companies/${id}/plan`);
    for (const s of [first, second, again, visitor, next]) s.close();
  });

  it('is applied on a plan read whose clock has passed the end, once', async () => {
    const { id, owner, end } = await companyEndingSoon();
    expect(await expireIfDue(env, db(), id, end - 1)).toBe(false);
    expect(await planOf(owner, id)).toMatchObject({ paid: true, operatorLimit: 100 });
    expect(await expireIfDue(env, db(), id, end)).toBe(true);
    expect(await expireIfDue(env, db(), id, end + 1)).toBe(false);
    expect(await planOf(owner, id)).toMatchObject({ paid: false, operatorLimit: 1 });
    expect((await ledgerOf(owner, id)).ledger.filter((e: { kind: string }) => e.kind === 'expire')).toHaveLength(1);
    expect(await mailsTo(owner.email, 'has ended')).toHaveLength(1);
  });
});
