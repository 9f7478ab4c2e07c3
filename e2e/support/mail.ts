import { inject, vi } from 'vitest';

export interface CapturedMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  links: string[];
}

/**
 * The newest captured mail to `to` that passes `match` (the dev mailbox API, newest first),
 * waiting for it to arrive.
 */
export function latestMailTo(to: string, match: (mail: CapturedMail) => boolean = () => true, timeoutMs = 30_000): Promise<CapturedMail> {
  return vi.waitFor(
    async () => {
      const res = await fetch(`${inject('baseUrl')}/api/dev/mail`);
      const { mails } = (res.ok ? await res.json() : { mails: [] }) as { mails: CapturedMail[] };
      const found = mails.find((m) => m.to === to && match(m));
      if (!found) throw new Error(`no such mail to ${to} yet`);
      return found;
    },
    { timeout: timeoutMs, interval: 100 },
  );
}
