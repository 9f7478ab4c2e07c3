import type { GatewayView } from '../visitor/gateway-view';
import type { ReportedSteps } from './load-report';

/** Which gateway an object is: its company and index, learnt from its first request. */
export interface GatewayIdentity {
  companyId: string;
  index: number;
}

const VIEW_KEY = 'view';
const IDENTITY_KEY = 'identity';
const REPORTED_KEY = 'reportedSteps';

/**
 * A gateway's own storage (object KV): the view it shows, which gateway it is, and the load
 * step last reported to the room. A wake or a restart answers from it without the room.
 */
export class ViewStore {
  view: GatewayView | null;
  identity: GatewayIdentity | null;
  /** Kept in memory too: every boot asks whether its load crossed a step. */
  private steps: ReportedSteps;

  constructor(private readonly storage: DurableObjectStorage) {
    const stored = storage.kv.get<GatewayView>(VIEW_KEY);
    // A view stored before the widget config carried the help languages counts as none: the room is asked again.
    this.view = stored?.config.helpLanguages ? stored : null;
    this.identity = storage.kv.get<GatewayIdentity>(IDENTITY_KEY) ?? null;
    this.steps = storage.kv.get<ReportedSteps>(REPORTED_KEY) ?? { sockets: 0, boots: 0 };
  }

  saveView(view: GatewayView): void {
    this.view = view;
    this.storage.kv.put(VIEW_KEY, view);
  }

  saveIdentity(identity: GatewayIdentity): void {
    if (this.identity?.companyId === identity.companyId && this.identity.index === identity.index) return;
    this.identity = identity;
    this.storage.kv.put(IDENTITY_KEY, identity);
  }

  get reportedSteps(): ReportedSteps {
    return this.steps;
  }

  set reportedSteps(steps: ReportedSteps) {
    this.steps = steps;
    this.storage.kv.put(REPORTED_KEY, steps);
  }

  /** Forgets everything (the company was erased); the storage is emptied next. */
  forget(): void {
    this.view = null;
    this.identity = null;
    this.steps = { sockets: 0, boots: 0 };
  }
}
