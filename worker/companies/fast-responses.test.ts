import { describe, expect, it } from 'vitest';
import { apiFetch } from '../../test/helpers';
import { companyPath, expectError, expectJson } from './test/api';
import { createCompanyFixture } from './test/fixtures';

describe('fast responses (F12)', () => {
  it('creates responses with and without nicknames, and lists them for every member', async () => {
    const f = await createCompanyFixture();
    const path = companyPath(f.companyId, '/fast-responses');
    const hello = await expectJson(
      await apiFetch(path, { body: { text: 'Hello! How can I help?', nickname: ' hello ' }, user: f.owner }),
      201,
    );
    expect(hello).toMatchObject({ id: expect.any(String), nickname: 'hello', text: 'Hello! How can I help?' });
    const plain1 = await expectJson(await apiFetch(path, { body: { text: 'One moment, please.' }, user: f.owner }), 201);
    const plain2 = await expectJson(await apiFetch(path, { body: { text: 'Thanks for waiting.', nickname: '' }, user: f.owner }), 201);
    expect([plain1.nickname, plain2.nickname]).toEqual([null, null]);

    const list = await expectJson<{ id: string; nickname: string | null }[]>(await apiFetch(path, { user: f.operator }), 200);
    expect(list.map((r) => r.nickname)).toEqual(['greet', 'hello', null, null]);
  });

  it('validates text and nickname', async () => {
    const f = await createCompanyFixture();
    const path = companyPath(f.companyId, '/fast-responses');
    const cases: [unknown, string][] = [
      [{ text: '' }, 'text'],
      [{ text: '   ' }, 'text'],
      [{ text: 'x'.repeat(2001) }, 'text'],
      [{ text: 'Hi', nickname: 'two words' }, 'nickname'],
      [{ text: 'Hi', nickname: 'back\\slash' }, 'nickname'],
      [{ text: 'Hi', nickname: 'n'.repeat(33) }, 'nickname'],
    ];
    for (const [body, field] of cases) {
      const res = await expectError(await apiFetch(path, { body, user: f.owner }), 400, 'invalid_input');
      expect(Object.keys(res.error.fields ?? {}), JSON.stringify(body).slice(0, 60)).toContain(field);
    }
    await expectJson(await apiFetch(path, { body: { text: 'x'.repeat(2000), nickname: 'n'.repeat(32) }, user: f.owner }), 201);
  });

  it('keeps nicknames unique within the company, ignoring case', async () => {
    const [f, other] = await Promise.all([createCompanyFixture(), createCompanyFixture()]);
    const path = companyPath(f.companyId, '/fast-responses');
    await expectError(await apiFetch(path, { body: { text: 'Hi', nickname: 'greet' }, user: f.owner }), 409, 'nickname_taken');
    await expectError(await apiFetch(path, { body: { text: 'Hi', nickname: 'GREET' }, user: f.owner }), 409, 'nickname_taken');
    // Another company's nickname doesn't count.
    await expectJson(
      await apiFetch(companyPath(other.companyId, '/fast-responses'), { body: { text: 'Hi', nickname: 'hello' }, user: other.owner }),
      201,
    );
    await expectJson(await apiFetch(path, { body: { text: 'Hi', nickname: 'hello' }, user: f.owner }), 201);
  });

  it('edits and deletes', async () => {
    const f = await createCompanyFixture();
    const path = companyPath(f.companyId, '/fast-responses');
    const bye = await expectJson(await apiFetch(path, { body: { text: 'Bye!', nickname: 'bye' }, user: f.owner }), 201);
    const item = (id: string) => companyPath(f.companyId, `/fast-responses/${id}`);

    expect(
      await expectJson(await apiFetch(item(f.fastResponseId), { method: 'PATCH', body: { text: 'Hello there!' }, user: f.owner }), 200),
    ).toMatchObject({
      nickname: 'greet',
      text: 'Hello there!',
    });
    expect(
      await expectJson(await apiFetch(item(f.fastResponseId), { method: 'PATCH', body: { nickname: 'Greet' }, user: f.owner }), 200),
    ).toMatchObject({
      nickname: 'Greet',
    });
    await expectError(await apiFetch(item(bye.id), { method: 'PATCH', body: { nickname: 'greet' }, user: f.owner }), 409, 'nickname_taken');
    expect(await expectJson(await apiFetch(item(bye.id), { method: 'PATCH', body: { nickname: null }, user: f.owner }), 200)).toMatchObject(
      {
        nickname: null,
        text: 'Bye!',
      },
    );

    expect((await apiFetch(item(bye.id), { method: 'DELETE', user: f.owner })).status).toBe(204);
    await expectError(await apiFetch(item(bye.id), { method: 'DELETE', user: f.owner }), 404, 'not_found');
    await expectError(await apiFetch(item(bye.id), { method: 'PATCH', body: { text: 'x' }, user: f.owner }), 404, 'not_found');
  });
});
