import { inject } from 'vitest';

export interface CapturedMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  links: string[];
}

/** The newest captured mail to `to` (the dev mailbox API, newest first), waiting briefly for it. */
export async function latestMailTo(to: string, timeoutMs = 5000): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const res = await fetch(`${inject('baseUrl')}/api/dev/mail`);
    if (res.ok) {
      const { mails } = (await res.json()) as { mails: CapturedMail[] };
      const found = mails.find((m) => m.to === to);
      if (found) return found;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
}
