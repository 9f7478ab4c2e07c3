import { type GatewayLoad, gatewayName, nextGatewayCount } from '../../common/gateways/gateways';
import type { Availability } from '../../common/protocol';
import type { Told } from '../routing/availability';
import type { GatewayView } from '../visitor/gateway-view';
import { type ConfigSnapshot, gatewayCount, widgetConfig } from './config-snapshot';
import { firstTable, type GatewayNeed, gatewayNeeds, gatewayNews, gatewaysBehind } from './gateway-news';
import { relayGroups } from './relay-plan';

/** The object KV key of the room's side of its gateways. */
const STATE_KEY = 'gateways';

/** How long after a failed push the room sends the gateways that missed it the view again. */
const RETRY_MS = 5_000;

interface FanoutState {
  /** Counts the changes pushed to gateways (GatewayView.version). */
  version: number;
  /** What gateways were told of each need's availability, and when (as availability-push.ts keeps for the room's widgets). */
  told: Record<string, Told>;
  /** The version each gateway holding a view last took, by index: only these are pushed to. */
  acked: Record<string, number>;
  /** Each gateway's last reported count of open sockets, by index. */
  counts: Record<string, number>;
  /** Each gateway's last reported boots a second, by index (absent in state saved before boots were reported). */
  boots?: Record<string, number>;
}

/** What the fan-out needs of its room. */
export interface FanoutRoom {
  config: () => ConfigSnapshot;
  /** Gives the availability of needs now (called once per push, so it may gather the load once). */
  current: () => (need: GatewayNeed) => Availability;
  /** Raises the company's gateway count in D1 and the snapshot. */
  raiseGatewayCount: (count: number) => Promise<void>;
  waitUntil: (promise: Promise<unknown>) => void;
}

/**
 * The room's side of its visitor gateways (README, Architecture): the view they show (widget
 * config and the availability of every need), one RPC per gateway when it changes (through
 * relays once they are many), retried for a gateway that missed it, and the gateway count grown
 * with the sockets and boots they report. Kept in the object's KV, so hibernation loses nothing.
 */
export class GatewayFanout {
  private state: FanoutState;
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly env: Env,
    private readonly room: FanoutRoom,
  ) {
    this.state = storage.kv.get<FanoutState>(STATE_KEY) ?? { version: 0, told: {}, acked: {}, counts: {} };
  }

  /**
   * The view a gateway asks for on first use (it keeps it). From then on it is pushed every change.
   * While no gateway holds a view nobody is told anything, so the table is worked out afresh.
   */
  viewFor(index: number): GatewayView {
    if (Object.keys(this.state.acked).length === 0) {
      const config = this.room.config();
      this.state.told = firstTable(gatewayNeeds(config.languages, config.categories), this.room.current());
    }
    this.state.acked[index] = this.state.version;
    this.save();
    return this.view();
  }

  /**
   * Pushes the availability that is news to every gateway holding a view, one RPC each, at most
   * once per gap per need. Returns when a change held back by the gap is due, or null.
   */
  push(availabilityOf: (need: GatewayNeed) => Availability, now: number, gapMs: number): number | null {
    if (Object.keys(this.state.acked).length === 0) return null;
    const config = this.room.config();
    const news = gatewayNews(this.state.told, gatewayNeeds(config.languages, config.categories), availabilityOf, now, gapMs);
    if (news.changed) {
      this.state.told = news.told;
      // Each RPC is in waitUntil; availability doesn't wait for the gateways.
      void this.publish();
    }
    return news.dueAt;
  }

  /**
   * The configuration changed (F13): every gateway gets the new view, its availability worked out
   * afresh. Resolves once every gateway took it or failed to (then it is retried): the worker's
   * API call that made the change waits for it, so the change holds from the next request on
   * (a gateway decides a widget's origin from its view).
   */
  async configChanged(now: number): Promise<void> {
    if (Object.keys(this.state.acked).length === 0) return;
    this.state.told = this.freshTable(now);
    await this.publish();
  }

  /** Sends the view again to the gateways that missed a push (a failed RPC); the room calls it on wake too. */
  resendBehind(): void {
    void this.send(gatewaysBehind(this.state.acked, this.state.version));
  }

  /** A gateway's load crossed a report step: past the targets per gateway, the company gets more gateways. */
  async report(index: number, load: GatewayLoad): Promise<void> {
    this.state.counts[index] = load.sockets;
    this.state.boots = { ...this.state.boots, [index]: load.bootsPerSecond };
    this.save();
    const now = gatewayCount(this.room.config());
    const sum = (byIndex: Record<string, number>) => Object.values(byIndex).reduce((total, n) => total + n, 0);
    const next = nextGatewayCount(now, { sockets: sum(this.state.counts), bootsPerSecond: sum(this.state.boots) });
    if (next > now) await this.room.raiseGatewayCount(next);
  }

  /** Erases every gateway of the company (SPEC S): their sockets close with 4403 and their storage empties. */
  async eraseAll(): Promise<void> {
    const count = gatewayCount(this.room.config());
    await Promise.all(Array.from({ length: count }, (_, i) => this.gateway(i).erase()));
  }

  /** Closes one visitor's idle sockets on every gateway (their data is being erased). */
  async closeVisitor(visitorId: string): Promise<void> {
    const count = gatewayCount(this.room.config());
    await Promise.all(Array.from({ length: count }, (_, i) => this.gateway(i).closeVisitor(visitorId)));
  }

  private freshTable(now: number): Record<string, Told> {
    const config = this.room.config();
    return gatewayNews({}, gatewayNeeds(config.languages, config.categories), this.room.current(), now, 0).told;
  }

  private view(): GatewayView {
    const config = this.room.config();
    return {
      version: this.state.version,
      config: widgetConfig(config),
      availability: Object.fromEntries(Object.entries(this.state.told).map(([key, told]) => [key, told.availability])),
      domains: config.domains,
      widgetInstalled: config.settings.widgetInstalled,
    };
  }

  private publish(): Promise<void> {
    this.state.version++;
    this.save();
    return this.send(Object.keys(this.state.acked).map(Number));
  }

  /**
   * One RPC per gateway, through relays once they are many (relay-plan.ts); a gateway that took it
   * is noted, one that didn't (or whose relay failed) is tried again after RETRY_MS. Resolves when
   * every RPC has settled.
   */
  private async send(indices: number[]): Promise<void> {
    if (indices.length === 0) return;
    const view = this.view();
    const companyId = this.room.config().companyId;
    const sends = relayGroups(indices).map(({ relay, children }) => {
      const sent = this.gateway(relay)
        .applyView(companyId, relay, view, children)
        .then(
          (missed) => {
            for (const index of [relay, ...children]) if (!missed.includes(index)) this.ack(index, view.version);
            if (missed.length > 0) this.scheduleRetry();
          },
          (err: unknown) => {
            console.error('company room: gateway push failed; retrying', relay, err);
            this.scheduleRetry();
          },
        );
      this.room.waitUntil(sent);
      return sent;
    });
    await Promise.all(sends);
  }

  private ack(index: number, version: number): void {
    if ((this.state.acked[index] ?? -1) >= version) return;
    this.state.acked[index] = version;
    this.save();
  }

  private scheduleRetry(): void {
    if (this.retry !== null) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.resendBehind();
    }, RETRY_MS);
  }

  private gateway(index: number) {
    const ns = this.env.VISITOR_GATEWAY;
    return ns.get(ns.idFromName(gatewayName(this.room.config().companyId, index)));
  }

  private save(): void {
    this.storage.kv.put(STATE_KEY, this.state);
  }
}
