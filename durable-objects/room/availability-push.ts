import type { Availability } from '../../common/protocol';
import { decidePush, type Told } from '../routing/availability';
import type { Need } from '../routing/routing';
import { needKey } from '../visitor/need-key';
import { sendText } from '../visitor/send-text';
import type { GatewayFanout } from './gateway-fanout';
import type { SocketRegistry } from './sockets';

/** The object KV key of what each need's idle widgets were last told. */
const TOLD_KEY = 'availabilityTold';

/**
 * Tells idle widgets when their availability changed (F9, F10), cheaply with tens of thousands
 * of them: availability is worked out once per need (language, category), not per socket, and a
 * need's widgets get one frame, serialised once, only when it is news (`isNews`) and at most once
 * per gap; a change inside the gap goes out once at its end. What each need was told is kept in
 * the object's KV, so waking from hibernation sends nothing again. The company's visitor gateways
 * hear of news on the same pass and gap, one RPC each (gateway-fanout.ts).
 */
export class AvailabilityPush {
  private readonly told: Map<string, Told>;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timerAt = 0;

  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly sockets: SocketRegistry,
    /** Gives the availability of needs now (called once per push, so it may gather the load once). */
    private readonly current: () => (need: Need) => Availability,
    /** The least time between two pushes to one need's widgets (tests shorten it). */
    private readonly gapMs: () => number,
    private readonly gateways: GatewayFanout,
  ) {
    this.told = new Map(Object.entries(storage.kv.get<Record<string, Told>>(TOLD_KEY) ?? {}));
  }

  /** Looks at every need with widgets open and pushes, or schedules, what is news. */
  push(now: number): void {
    let nextAt = Number.POSITIVE_INFINITY;
    let changed = false;
    const availabilityOf = this.current();
    for (const [key, group] of this.sockets.needs()) {
      const availability = availabilityOf(group);
      const decision = decidePush(this.told.get(key), availability, now, this.gapMs());
      if (decision.kind === 'later') nextAt = Math.min(nextAt, decision.at);
      if (decision.kind !== 'now') continue;
      this.told.set(key, { availability, at: now });
      changed = true;
      sendText(group.sockets, JSON.stringify({ type: 'availability', ...availability }));
    }
    if (changed) this.save();
    const gatewaysDue = this.gateways.push(availabilityOf, now, this.gapMs());
    if (gatewaysDue !== null) nextAt = Math.min(nextAt, gatewaysDue);
    if (nextAt !== Number.POSITIVE_INFINITY) this.schedule(nextAt, now);
    else if (this.timer !== null) {
      // Nothing is held back any more: the object need not stay awake for the gap's end.
      clearTimeout(this.timer);
      this.timer = null;
    }
  }

  /**
   * A widget was told `availability` in its welcome (or after switching need). While it is the
   * only one with its need, that is what the need was told; with others, they keep theirs, so a
   * push already due still reaches them.
   */
  noteTold(need: { language: string; category: string | null }, availability: Availability): void {
    const key = needKey(need.language, need.category);
    const told = this.told.get(key);
    if (told && (this.sockets.visitorsWithNeed(key) > 1 || JSON.stringify(told.availability) === JSON.stringify(availability))) return;
    this.told.set(key, { availability, at: told?.at ?? null });
    this.save();
  }

  private schedule(at: number, now: number): void {
    if (this.timer !== null && this.timerAt <= at) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        try {
          this.push(Date.now());
        } catch (err) {
          console.error('company room: availability push failed', err);
        }
      },
      Math.max(0, at - now),
    );
  }

  private save(): void {
    this.storage.kv.put(TOLD_KEY, Object.fromEntries(this.told));
  }
}
