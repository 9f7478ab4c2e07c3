import type { Availability } from '../../common/protocol';
import { decidePush, type Told } from '../routing/availability';
import { needKey } from '../visitor/need-key';

export interface GatewayNeed {
  language: string;
  category: string | null;
}

/** Every need gateways keep availability for: each company language, with no category and with each category. */
export function gatewayNeeds(languages: readonly { code: string }[], categories: readonly { id: string }[]): GatewayNeed[] {
  return languages.flatMap((l) => [null, ...categories.map((c) => c.id)].map((category) => ({ language: l.code, category })));
}

/**
 * What gateways must be told of now, one need at a time, as the room's own idle widgets are
 * (availability-push.ts): a need is news when `decidePush` says so, at most once per gap, and a
 * need nobody was told of yet is news at once. Returns the new table of what was told, whether
 * anything in it changed, and when a change held back by the gap is due (null: none is).
 */
export function gatewayNews(
  told: Readonly<Record<string, Told>>,
  needs: readonly GatewayNeed[],
  availabilityOf: (need: GatewayNeed) => Availability,
  now: number,
  gapMs: number,
): { told: Record<string, Told>; changed: boolean; dueAt: number | null } {
  const next: Record<string, Told> = {};
  let changed = false;
  let dueAt: number | null = null;
  for (const need of needs) {
    const key = needKey(need.language, need.category);
    const availability = availabilityOf(need);
    const decision = decidePush(told[key], availability, now, gapMs);
    if (decision.kind === 'now') {
      next[key] = { availability, at: now };
      changed = true;
      continue;
    }
    next[key] = told[key]!;
    if (decision.kind === 'later') dueAt = dueAt === null ? decision.at : Math.min(dueAt, decision.at);
  }
  // A need the company no longer has (a language removed) leaves the table.
  if (!changed && Object.keys(told).length !== needs.length) changed = true;
  return { told: next, changed, dueAt };
}

/**
 * The table a first gateway's view starts from: what it will show, but handed over on request
 * rather than pushed (`at` null), so the first news after it goes out at once instead of waiting
 * out a gap nobody was pushed in (as availability-push.ts notes a widget's welcome).
 */
export function firstTable(needs: readonly GatewayNeed[], availabilityOf: (need: GatewayNeed) => Availability): Record<string, Told> {
  return Object.fromEntries(needs.map((need) => [needKey(need.language, need.category), { availability: availabilityOf(need), at: null }]));
}

/** The gateways (indices) whose last taken version is older than `version`: they are sent the view again. */
export function gatewaysBehind(acked: Readonly<Record<string, number>>, version: number): number[] {
  return Object.entries(acked)
    .filter(([, v]) => v < version)
    .map(([index]) => Number(index));
}
