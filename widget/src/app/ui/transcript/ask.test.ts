// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from '../dom';
import { askTranscript } from './ask';
import { TRANSCRIPT_STRINGS } from './strings';

/** The ended chat's box with the form drawn into it; `answer` is the server's reply to the request. */
function drawn(language: string, answer: () => Response) {
  const requests: Request[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit) => {
    requests.push(new Request(input, init));
    return answer();
  });
  const box = h('div', { class: 'in' }, h('p', { role: 'status' }, 'The chat has ended.'));
  const view = { language, chat: { id: 'c1' }, offline: { key: 'pk1' }, secret: 's3cret' } as Parameters<typeof askTranscript>[2];
  askTranscript(h, box, view, { base: 'https://parley.test/' });
  const form = box.querySelector('form')!;
  const submit = async (email: string) => {
    form.querySelector('input')!.value = email;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(form.querySelector('[role=status]')?.textContent || box.querySelector('.ok')).toBeTruthy());
  };
  return { box, form, requests, submit };
}

const refusal = (code: string) => new Response(JSON.stringify({ error: { code, message: 'x' } }), { status: 429 });

afterEach(() => vi.unstubAllGlobals());

describe('"Email me this chat" (F21)', () => {
  it('posts the address with the visitor secret and says to open the mailed link', async () => {
    const { box, requests, submit } = drawn('en', () => new Response('{"accepted":true}', { status: 202 }));
    await submit('me@example.test');
    const [req] = requests;
    expect(req!.url).toBe('https://parley.test/api/widget/transcript?key=pk1&chatId=c1');
    expect(req!.headers.get('authorization')).toBe('Bearer s3cret');
    expect(await req!.json()).toEqual({ email: 'me@example.test' });
    expect(box.querySelector('.ok')?.textContent).toBe(TRANSCRIPT_STRINGS.en!.sent);
  });

  it("words each daily cap in the visitor's language and keeps the form for another try", async () => {
    const codes = ['rate_limited', 'email_rate_limited', 'company_rate_limited'];
    for (const code of codes) {
      const { form, submit } = drawn('uk', () => refusal(code));
      await submit('me@example.test');
      const status = form.querySelector('[role=status]')!;
      expect(status.textContent).toBe((TRANSCRIPT_STRINGS.uk!.refusals as Record<string, string>)[code]);
      expect(status.className).toBe('al');
      expect(form.querySelector('button')!.disabled).toBe(false);
    }
    const { form, submit } = drawn('de', () => new Response('oops', { status: 500 }));
    await submit('me@example.test');
    expect(form.querySelector('[role=status]')!.textContent).toBe(TRANSCRIPT_STRINGS.de!.failed);
  });

  it('speaks every widget UI language, each in its own words', () => {
    const languages = Object.keys(import.meta.glob('../../../i18n/[a-z][a-z].ts')).map((p) => p.slice(-5, -3));
    expect(Object.keys(TRANSCRIPT_STRINGS).sort()).toEqual(languages.sort());
    const words = languages.map((c) => TRANSCRIPT_STRINGS[c]!.refusals.email_rate_limited);
    expect(new Set(words).size).toBe(languages.length);
  });
});
