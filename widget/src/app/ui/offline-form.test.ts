import { describe, expect, it } from 'vitest';
import { awayStrings } from '../../i18n/away';
import { format } from '../../i18n/load';
import { rateLimitNotice } from './offline-form';

const en = awayStrings('en');
const uk = awayStrings('uk');

describe('a refused offline message (F14, 429)', () => {
  it('blames the visitor only for their own sends', () => {
    expect(rateLimitNotice(format, en, 'rate_limited', '120')).toBe('You have sent several messages already. Please try again in 2 min.');
  });

  it('says the network or the company is busy when the visitor sent nothing', () => {
    for (const code of ['address_rate_limited', 'company_rate_limited', undefined]) {
      const text = rateLimitNotice(format, en, code, '30');
      expect(text).toBe('Many messages are arriving from your network right now. Please try again in 1 min.');
      expect(text).not.toMatch(/you have sent/i);
    }
  });

  it('rounds the wait up to whole minutes and falls back to one minute without a usable Retry-After', () => {
    expect(rateLimitNotice(format, en, 'rate_limited', '61')).toContain('in 2 min');
    expect(rateLimitNotice(format, en, 'rate_limited', null)).toContain('in 1 min');
    expect(rateLimitNotice(format, en, 'rate_limited', 'soon')).toContain('in 1 min');
  });

  it('speaks the widget language', () => {
    expect(rateLimitNotice(format, uk, 'address_rate_limited', '60')).toBe(uk.crowded.replace('{n}', '1'));
  });
});
