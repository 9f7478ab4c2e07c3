import { type Availability, type AvailabilityState, WAIT_ESTIMATE_STEP_SECONDS } from '../../common/protocol';
import type { BusyBehaviour } from '../../common/schemas/company';
import { isAvailable, type Need, type OperatorLoad, type RoutingSettings, servesNeed, shouldQueue } from './routing';

/**
 * Availability (F9, F10) as pure functions: which of the three states a visitor is in, what the
 * widget offers in it under the company's busy setting, and when idle widgets must hear of a change.
 */

/** The company settings that decide what busy means. */
export interface BusySettings {
  busyBehaviour: BusyBehaviour;
  maxQueueLength: number;
  offlineFormEnabled: boolean;
}

/** `free` when some operator serving the need has room, `busy` when they are all full, else `offline`. */
export function availabilityState(ops: readonly OperatorLoad[], need: Need, settings: RoutingSettings): AvailabilityState {
  if (isAvailable(ops, need, settings)) return 'free';
  return shouldQueue(ops, need, settings) ? 'busy' : 'offline';
}

/** How many chats the online operators serving the need hold at once (the wait estimate's capacity). */
export function servingSlots(ops: readonly OperatorLoad[], need: Need, settings: RoutingSettings): number {
  return ops.filter((op) => op.status === 'online' && servesNeed(op, need, settings)).length * settings.maxChatsPerOperator;
}

/**
 * What the widget offers in `state`. Busy offers the chat only with the `queue` behaviour and the
 * queue below its cap; past the cap busy behaves like offline. `queueLength` and the wait of a chat
 * started now come along while busy.
 */
export function availabilityFor(
  state: AvailabilityState,
  busy: BusySettings,
  queue: { length: number; waitEstimateSeconds: number | null },
): Availability {
  const offlineForm = busy.offlineFormEnabled;
  if (state !== 'busy') return { state, available: state === 'free', offlineForm };
  const available = busy.busyBehaviour === 'queue' && queue.length < busy.maxQueueLength;
  return {
    state,
    available,
    offlineForm,
    queueLength: queue.length,
    ...(queue.waitEstimateSeconds === null ? {} : { waitEstimateSeconds: queue.waitEstimateSeconds }),
  };
}

/**
 * Whether a new chat nobody is free for waits in the queue: operators serving it are online but
 * full, the queue is below its cap, and the busy behaviour is not `offline_form` (with `hide` a
 * chat started at the instant the last free operator filled up still waits). Else it ends with the offline form.
 */
export function mayQueue(state: AvailabilityState, busy: BusySettings, queueLength: number): boolean {
  return state === 'busy' && busy.busyBehaviour !== 'offline_form' && queueLength < busy.maxQueueLength;
}

/** Whether widgets told `told` must hear of `next`: anything they show changed, or the estimate moved by a minute. */
export function isNews(told: Availability, next: Availability): boolean {
  return (
    told.state !== next.state ||
    told.available !== next.available ||
    told.offlineForm !== next.offlineForm ||
    Math.abs((told.waitEstimateSeconds ?? 0) - (next.waitEstimateSeconds ?? 0)) >= WAIT_ESTIMATE_STEP_SECONDS
  );
}

/** What idle widgets of one need were last told, and when it was pushed (null: only in their welcomes). */
export interface Told {
  availability: Availability;
  at: number | null;
}

export type PushDecision = { kind: 'none' } | { kind: 'now' } | { kind: 'later'; at: number };

/**
 * Whether to push `next` to the idle widgets of one need: not when it is no news, now when the
 * last push is at least `gapMs` old, else once the gap is over (the push then sends whatever is
 * current, so changes inside a gap cost one frame).
 */
export function decidePush(told: Told | undefined, next: Availability, now: number, gapMs: number): PushDecision {
  if (told && !isNews(told.availability, next)) return { kind: 'none' };
  if (!told || told.at === null || now - told.at >= gapMs) return { kind: 'now' };
  return { kind: 'later', at: told.at + gapMs };
}
