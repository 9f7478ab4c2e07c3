import { aggregate, type Report } from '../../../../common/reports/aggregate';
import type { ChatEvent } from '../../../../common/reports/events';

/** Tests only: a report made by the real aggregation from a few hand-built events. */
export function sampleReport(operatorId: string | null = null): Report {
  const t = Date.UTC(2026, 10, 30, 9, 0);
  const s = 1_000;
  const started = (chatId: string, at: number): ChatEvent => ({
    id: `${chatId}-s`,
    chatId,
    at,
    kind: 'started',
    language: 'en',
    category: 'cat-sales',
  });
  const events: ChatEvent[] = [
    // Answered by Ann after 90 s, rated bad.
    started('c1', t),
    { id: 'c1-a', chatId: 'c1', at: t + 10 * s, kind: 'assigned', operatorId: 'u1' },
    { id: 'c1-r', chatId: 'c1', at: t + 90 * s, kind: 'first_reply', operatorId: 'u1' },
    { id: 'c1-c', chatId: 'c1', at: t + 600 * s, kind: 'closed', by: 'visitor', operatorId: 'u1' },
    { id: 'c1-x', chatId: 'c1', at: t + 610 * s, kind: 'rated', rating: 'bad' },
    // The visitor gave up waiting.
    started('c2', t + 3_600 * s),
    { id: 'c2-c', chatId: 'c2', at: t + 3_700 * s, kind: 'closed', by: 'visitor', operatorId: null },
    { id: 'c2-m', chatId: 'c2', at: t + 3_700 * s, kind: 'missed', reason: 'left_queue' },
    // Answered by Bob, rated good.
    started('c3', t + 7_200 * s),
    { id: 'c3-a', chatId: 'c3', at: t + 7_205 * s, kind: 'assigned', operatorId: 'u2' },
    { id: 'c3-r', chatId: 'c3', at: t + 7_230 * s, kind: 'first_reply', operatorId: 'u2' },
    { id: 'c3-c', chatId: 'c3', at: t + 7_500 * s, kind: 'closed', by: 'operator', operatorId: 'u2' },
    { id: 'c3-x', chatId: 'c3', at: t + 7_510 * s, kind: 'rated', rating: 'good' },
    { id: 'o1', chatId: 'o1', at: t + 100 * s, kind: 'offline_message' },
  ];
  return aggregate(events, { timeZone: 'UTC', from: '2026-11-24', to: '2026-11-30', operatorId });
}

export const SAMPLE_NAMES = { operators: { u1: 'Ann', u2: 'Bob' }, categories: { 'cat-sales': 'Sales' } };
