import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

describe('app', () => {
  it('answers unknown API routes with a JSON 404', async () => {
    const res = await SELF.fetch('http://localhost/api/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No such endpoint.' } });
  });
});
