import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate';
import { CSV_HEADER, reportCsv } from './csv';
import type { ChatEvent } from './events';

const at = (iso: string) => Date.parse(iso);
const events: ChatEvent[] = [
  { id: 'a1', chatId: 'a', at: at('2026-03-02T10:00:00Z'), kind: 'started', language: 'en', category: 'c1' },
  { id: 'a2', chatId: 'a', at: at('2026-03-02T10:00:05Z'), kind: 'assigned', operatorId: 'u1' },
  { id: 'a3', chatId: 'a', at: at('2026-03-02T10:00:12.345Z'), kind: 'first_reply', operatorId: 'u1' },
  { id: 'a4', chatId: 'a', at: at('2026-03-02T10:10:05Z'), kind: 'closed', by: 'operator', operatorId: 'u1' },
  { id: 'a5', chatId: 'a', at: at('2026-03-02T10:11:00Z'), kind: 'rated', rating: 'bad' },
  { id: 'b1', chatId: 'b', at: at('2026-03-03T09:00:00Z'), kind: 'started', language: 'uk', category: null },
  { id: 'b2', chatId: 'b', at: at('2026-03-03T09:01:00Z'), kind: 'missed', reason: 'left_queue' },
  { id: 'b3', chatId: 'b', at: at('2026-03-03T09:01:00Z'), kind: 'closed', by: 'visitor', operatorId: null },
  { id: 'o1', chatId: 'o', at: at('2026-03-03T12:00:00Z'), kind: 'offline_message' },
];

const rows = (csv: string) => csv.trimEnd().split('\r\n');

describe('reports CSV (F22)', () => {
  const report = aggregate(events, { timeZone: 'UTC', from: '2026-03-02', to: '2026-03-03' });
  const names = {
    operator: (id: string) => (id === 'u1' ? 'Ann, "the" owner' : id),
    category: (id: string | null) => (id ? '=SUM(A1)' : 'None'),
  };

  it('writes the total, each day, operator, language and category under one header', () => {
    const lines = rows(reportCsv(report, names));
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines.map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'scope,key',
      'total,2026-03-02..2026-03-03',
      'day,2026-03-02',
      'day,2026-03-03',
      'operator,"Ann',
      'language,en',
      'language,uk',
      "category,'=SUM(A1)",
      'category,None',
    ]);
  });

  it('gives the same numbers as the JSON report, durations in seconds to the millisecond', () => {
    const lines = rows(reportCsv(report, names));
    const total = Object.fromEntries(CSV_HEADER.map((h, i) => [h, lines[1]!.split(',')[i]]));
    expect(total).toMatchObject({
      chats: '2',
      missed: '1',
      missed_left_queue: '1',
      missed_offline_form: '0',
      first_response_median_s: '12.345',
      wait_median_s: '5.000',
      duration_median_s: '600.000',
      rated_good: '0',
      rated_bad: '1',
      offline_messages: '1',
    });
    const day2 = lines[2]!.split(',');
    expect(day2[CSV_HEADER.indexOf('offline_messages')]).toBe('0');
  });

  it('quotes fields with commas or quotes and defuses spreadsheet formulas', () => {
    const csv = reportCsv(report, names);
    expect(csv).toContain('operator,"Ann, ""the"" owner",1,');
    expect(csv).toContain("category,'=SUM(A1),1,");
    expect(csv).not.toMatch(/,=SUM/);
  });
});
