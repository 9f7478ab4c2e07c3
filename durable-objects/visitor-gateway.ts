import { DurableObject } from 'cloudflare:workers';
import { readConnectInfo } from '../common/connect-info';
import { entryForOrigin } from '../common/domains/match';
import { GATEWAY_INDEX_HEADER, gatewayName } from '../common/gateways/gateways';
import { CLOSE_CODES, PING_FRAME, PONG_FRAME, type WidgetBootConfig } from '../common/protocol';
import { BootRate } from './gateway/boot-rate';
import { onGatewayFrame } from './gateway/gateway-session';
import { type GatewayAttachment, GatewaySockets } from './gateway/gateway-sockets';
import { reportDue } from './gateway/load-report';
import { GATEWAY_MIGRATIONS } from './gateway/storage-schema';
import { applyPushes } from './gateway/view-apply';
import { viewPushes } from './gateway/view-diff';
import { type GatewayIdentity, ViewStore } from './gateway/view-store';
import { migrate } from './room/storage-schema';
import { FrameAbuse } from './visitor/frame-abuse';
import { errorFrame } from './visitor/frames';
import { type GatewayView, pageAvailability } from './visitor/gateway-view';
import { answerClose, sendError } from './visitor/send-text';
import { addressRefusal, noSuchCompany, originNotAllowed, refuse } from './visitor/upgrade-refusal';

/**
 * One of a company's visitor gateways (`idFromName(`${companyId}:${index}`)`, README Architecture):
 * carries idle widgets' sockets, which are many, so the company's room keeps only operators,
 * routing and chats. Answers `hello`, `update` and GET /api/widget/config from the view the room
 * pushes it (config, availability of every need), kept in its storage; chat frames are refused
 * (the widget opens its chat on the room). Hibernation API: socket state lives in attachments.
 */
export class VisitorGateway extends DurableObject<Env> {
  private readonly store: ViewStore;
  private readonly sockets: GatewaySockets;
  private readonly abuse: FrameAbuse<GatewayAttachment>;
  private readonly boots = new BootRate();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    migrate(ctx.storage, GATEWAY_MIGRATIONS);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(PING_FRAME, PONG_FRAME));
    this.store = new ViewStore(ctx.storage);
    this.sockets = new GatewaySockets(ctx.getWebSockets().map((ws) => [ws, ws.deserializeAttachment() as GatewayAttachment | null]));
    this.abuse = new FrameAbuse(ctx.storage.sql, this.sockets);
  }

  /**
   * Accepts an idle widget's WebSocket for the company the worker found by its key, from a page on
   * one of the company's registered domains: the gateway decides that from its view, so the boot
   * reads no D1 (the room pushes domain changes before the API call that made them returns).
   */
  override async fetch(request: Request): Promise<Response> {
    const info = readConnectInfo(request);
    const index = Number(request.headers.get(GATEWAY_INDEX_HEADER) ?? Number.NaN);
    if (info?.role !== 'visitor' || !Number.isInteger(index) || request.headers.get('Upgrade') !== 'websocket')
      return refuse(426, 'upgrade_required', 'Connect with a WebSocket.');
    const view = await this.ensureView({ companyId: info.companyId, index });
    if (!view) return noSuchCompany();
    if (entryForOrigin(info.origin, view.domains) === null) return originNotAllowed();
    const now = Date.now();
    const refusal = addressRefusal(
      info.address,
      {
        addressCooledUntil: (address) => this.abuse.cooledUntil(address, now),
        visitorSocketsFrom: (address) => this.sockets.fromAddress(address),
      },
      now,
    );
    if (refusal) return refusal;

    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server);
    this.sockets.set(server, {
      role: 'visitor',
      origin: info.origin,
      address: info.address,
      budgets: {},
      visitorId: null,
      language: '',
      category: null,
      strikes: 0,
      strikeWindowStart: 0,
    });
    this.boots.note(now);
    await this.noteInstalled(view);
    this.reportLoad();
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    try {
      if (ws.readyState !== WebSocket.READY_STATE_OPEN) return;
      const a = this.sockets.get(ws);
      if (!a) return;
      const view = this.store.view;
      if (!view) return ws.close(CLOSE_CODES.revoked, 'company removed');
      onGatewayFrame({ sockets: this.sockets, abuse: this.abuse, view }, ws, a, raw, Date.now());
    } catch (err) {
      console.error('visitor gateway: frame failed', err);
      sendError(ws, errorFrame('internal', 'Something went wrong on our side.'));
    }
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    answerClose(ws, code, reason);
    this.dropSocket(ws);
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    this.dropSocket(ws);
  }

  /**
   * What GET /api/widget/config answers for a visitor placed on this gateway (F9): the widget's
   * config and whether a chat is possible now, from the gateway's own view. Null when the company
   * doesn't exist or `origin`, the page's, is on none of its registered domains.
   */
  async widgetState(
    companyId: string,
    index: number,
    need: { language: string | null; category: string | null },
    origin: string,
  ): Promise<WidgetBootConfig | null> {
    const view = await this.ensureView({ companyId, index });
    if (!view || entryForOrigin(origin, view.domains) === null) return null;
    await this.noteInstalled(view);
    return { ...view.config, ...pageAvailability(view, need) };
  }

  /**
   * The room's push (gateway-fanout.ts): a newer view, whose changes go to the open widgets at
   * once. A relay (room/relay-plan.ts) passes it on to the gateways `relayTo` and answers which of
   * them didn't take it, so the room tries those again.
   */
  async applyView(companyId: string, index: number, view: GatewayView, relayTo: readonly number[] = []): Promise<number[]> {
    const relayed = relayTo.map((peer) =>
      this.peer(companyId, peer)
        .applyView(companyId, peer, view)
        .then(
          () => null,
          (err: unknown) => {
            console.error('visitor gateway: relayed push failed', peer, err);
            return peer;
          },
        ),
    );
    this.store.saveIdentity({ companyId, index });
    const pushes = viewPushes(this.store.view, view);
    if (pushes) {
      this.store.saveView(view);
      applyPushes(this.sockets, view, pushes);
    }
    return (await Promise.all(relayed)).filter((peer) => peer !== null);
  }

  /** One visitor's data is being erased (GDPR): their idle widgets here close with 4403. */
  async closeVisitor(visitorId: string): Promise<void> {
    for (const ws of this.sockets.visitorSockets(visitorId)) {
      this.sockets.remove(ws);
      ws.close(CLOSE_CODES.revoked, 'visitor data erased');
    }
    this.reportLoad();
  }

  /** The company was deleted (SPEC S): every socket closes with 4403 and the storage empties. */
  async erase(): Promise<void> {
    this.store.forget();
    for (const ws of this.ctx.getWebSockets()) ws.close(CLOSE_CODES.revoked, 'company removed');
    await this.ctx.storage.deleteAll();
  }

  /** The view, asked of the room once when the gateway has none (its first use). */
  private async ensureView(identity: GatewayIdentity): Promise<GatewayView | null> {
    if (this.store.view) return this.store.view;
    const view = await this.room(identity.companyId).gatewayView(identity.companyId, identity.index);
    if (!view) return null;
    this.store.saveIdentity(identity);
    // A push may have arrived while the room answered: keep the newer.
    const held = this.store.view as GatewayView | null;
    if (!held || held.version < view.version) this.store.saveView(view);
    return this.store.view;
  }

  /** The first visitor from a registered domain ticks the checklist (F2) through the room, once per gateway. */
  private async noteInstalled(view: GatewayView): Promise<void> {
    const identity = this.store.identity;
    if (view.widgetInstalled || !identity) return;
    await this.room(identity.companyId).noteGatewayVisitor(identity.companyId);
    if (this.store.view) this.store.saveView({ ...this.store.view, widgetInstalled: true });
  }

  private dropSocket(ws: WebSocket): void {
    if (this.sockets.remove(ws)) this.reportLoad();
  }

  /** Tells the room this gateway's load when it crossed a report step (load-report.ts). */
  private reportLoad(): void {
    const identity = this.store.identity;
    const load = { sockets: this.sockets.size, bootsPerSecond: this.boots.perSecond };
    const steps = reportDue(this.store.reportedSteps, load);
    if (steps === null || !identity) return;
    const previous = this.store.reportedSteps;
    this.store.reportedSteps = steps;
    this.ctx.waitUntil(
      this.room(identity.companyId)
        .gatewayLoad(identity.index, load)
        .catch((err: unknown) => {
          // The next crossing reports again.
          this.store.reportedSteps = previous;
          console.error('visitor gateway: load report failed', err);
        }),
    );
  }

  private peer(companyId: string, index: number) {
    return this.env.VISITOR_GATEWAY.get(this.env.VISITOR_GATEWAY.idFromName(gatewayName(companyId, index)));
  }

  private room(companyId: string) {
    return this.env.COMPANY_ROOM.get(this.env.COMPANY_ROOM.idFromName(companyId));
  }
}
