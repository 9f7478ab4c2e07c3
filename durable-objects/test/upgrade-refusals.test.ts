import { describe, expect, it } from 'vitest';
import { CONNECT_HEADER, connectRequest } from '../../common/connect-info';
import { memberships } from '../../db/schema';
import { createUser, db } from '../../test/helpers';
import { connectOperator, openOperator, roomOf, setupCompany } from '../../test/realtime';

const URL = 'https://parley.test/connect';

/** A refused upgrade answers the API's JSON error shape, which the worker hands on as is. */
async function expectRefusal(res: Response, status: number, code: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.webSocket).toBeNull();
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await res.json()).toEqual({ error: { code, message: expect.any(String) } });
}

describe('refused upgrades in the company room', () => {
  it('answers a request without connect info or without an upgrade with 426 upgrade_required', async () => {
    const company = await setupCompany();
    await expectRefusal(await roomOf(company).fetch(new Request(URL, { headers: { Upgrade: 'websocket' } })), 426, 'upgrade_required');
    const info = { role: 'operator', companyId: company.id, operatorId: company.owner.id, sessionId: 's' };
    await expectRefusal(
      await roomOf(company).fetch(new Request(URL, { headers: { [CONNECT_HEADER]: JSON.stringify(info) } })),
      426,
      'upgrade_required',
    );
  });

  it('answers a company that does not exist with 404 not_found', async () => {
    const room = roomOf({ id: 'no-such-company' });
    await expectRefusal(
      await room.fetch(connectRequest(URL, { role: 'operator', companyId: 'no-such-company', operatorId: 'u', sessionId: 's' })),
      404,
      'not_found',
    );
  });

  it("answers a member the room hasn't been told of yet like a non-member, through the worker too", async () => {
    const company = await setupCompany();
    const owner = await connectOperator(company, company.owner);
    const newcomer = await createUser();
    await db().insert(memberships).values({ companyId: company.id, userId: newcomer.id, role: 'operator', createdAt: new Date() });
    await expectRefusal(await openOperator(company.id, newcomer), 404, 'not_found');

    await roomOf(company).configChanged('operators');
    const joined = await openOperator(company.id, newcomer);
    expect(joined.status).toBe(101);
    joined.webSocket!.accept();
    joined.webSocket!.close(1000, 'bye');
    owner.close();
  });
});
