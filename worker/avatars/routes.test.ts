import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { apiFetch } from '../../test/helpers';

describe('GET /api/avatars/*', () => {
  it('answers 404 JSON for a key that was never stored', async () => {
    const res = await apiFetch(`/api/avatars/${randomId()}/${randomId()}.png`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No such avatar.' } });
    expect(res.headers.get('cache-control')).toBeNull();
  });

  it('answers 404 for paths that cannot be avatar keys, without asking R2', async () => {
    for (const path of ['/api/avatars/x', '/api/avatars/a/b/c.png', '/api/avatars/a/b.svg', '/api/avatars/a/..%2Fb.png']) {
      const res = await apiFetch(path);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
    }
  });
});
