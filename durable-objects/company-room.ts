import { DurableObject } from 'cloudflare:workers';
import { TRANSCRIPT_URL_TTL_MS, UPLOADS_PER_ADDRESS_PER_MINUTE, UPLOADS_PER_COMPANY_PER_MINUTE } from '../common/attachments/limits';
import type { AttachmentSide, UploadCredentials } from '../common/attachments/types';
import type { ConfigChange } from '../common/config-change';
import { readConnectInfo } from '../common/connect-info';
import type { GatewayLoad } from '../common/gateways/gateways';
import { randomId } from '../common/ids';
import {
  type Attachment,
  AVAILABILITY_PUSH_GAP_MS,
  type ChatRating,
  CLOSE_CODES,
  DEFAULT_NEW_CHATS_PER_COMPANY_PER_MINUTE,
  NEW_CHATS_PER_ADDRESS_PER_MINUTE,
  PING_FRAME,
  PONG_FRAME,
  VISITOR_MESSAGE_BURST,
  VISITOR_MESSAGE_WINDOW_MS,
  type WidgetBootConfig,
} from '../common/protocol';
import type { HistoryFilters } from '../common/schemas/chat-history';
import type { TranscriptView } from '../common/transcript/types';
import { getDb } from '../db/client';
import { closeRevoked } from './room/access';
import { type AttachmentMeta, AttachmentRows } from './room/attachment-rows';
import { ChatFiles } from './room/chat-files';
import { ChatStore } from './room/chat-store';
import { ConfigHolder } from './room/config-holder';
import { type ConfigSnapshot, widgetConfig } from './room/config-snapshot';
import { handOver } from './room/contact-handover';
import { Dispatcher } from './room/dispatcher';
import { flushEvents } from './room/event-flush';
import { takeFrame } from './room/frame-intake';
import { GatewayFanout } from './room/gateway-fanout';
import { type ChatDetail, chatDetail, type HistoryView, historyView } from './room/history';
import { WindowCounter } from './room/limiter';
import { onOperatorGone } from './room/operator-session';
import { eraseChatReports } from './room/report-erase';
import { expiredChatIds, sweepRetention } from './room/retention';
import { type RevokedSession, RevokedSessions } from './room/revoked-sessions';
import type { RoomServices } from './room/services';
import { newAttachment, upgradeRefusal } from './room/socket-upgrade';
import { OPERATOR_TAG, type Attachment as SocketAttachment, SocketRegistry, VISITOR_TAG } from './room/sockets';
import { migrate } from './room/storage-schema';
import { grantTranscript, type TranscriptGrant, transcriptView } from './room/transcript';
import { grantUpload, type UploadGrant } from './room/upload-grant';
import { eraseVisitorRows, exportVisitor, type VisitorExport, visitorChatIds } from './room/visitor-data';
import { hashVisitorSecret } from './room/visitor-secret';
import { onVisitorGone } from './room/visitor-session';
import { checkOnWake } from './room/wake-checks';
import { bestAvailability } from './visitor/best-availability';
import { FrameAbuse } from './visitor/frame-abuse';
import { errorFrame } from './visitor/frames';
import type { GatewayView } from './visitor/gateway-view';
import { answerClose, sendError } from './visitor/send-text';
import { StoredWindow } from './visitor/stored-window';
import { noSuchCompany, refuse } from './visitor/upgrade-refusal';

const MINUTE_MS = 60_000;

/**
 * One object per company (`idFromName(companyId)`): operator presence, the routing queue, live
 * chats and their history (F9, F10, F13). Runs on the WebSocket Hibernation API: per-socket
 * state lives in attachments and the in-memory indexes are rebuilt on every wake.
 */
export class CompanyRoom extends DurableObject<Env> {
  private readonly store: ChatStore;
  private readonly attachments: AttachmentRows;
  private readonly sockets: SocketRegistry;
  private readonly dispatcher: Dispatcher;
  private readonly services: RoomServices;
  private readonly abuse: FrameAbuse<SocketAttachment>;
  private readonly configs: ConfigHolder;
  private readonly files: ChatFiles;
  private readonly gateways: GatewayFanout;
  /** An alarm covers the chat events recorded since the last flush; memory only, so a wake re-arms once. */
  private flushArmed = false;
  /** The time alarms run at and receipts are written by; tests move it forward to drive retention and receipts. */
  clock: () => number = () => Date.now();
  /** The least time between two availability pushes to idle widgets (F10); tests shorten or lengthen it. */
  availabilityGapMs = AVAILABILITY_PUSH_GAP_MS;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    migrate(ctx.storage);
    // Keep-alives are answered by the runtime without waking the object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(PING_FRAME, PONG_FRAME));
    this.configs = new ConfigHolder(ctx.storage, env, {
      services: () => this.services,
      erase: () => this.eraseCompany(),
      closeAll: () => this.closeAll(),
    });
    this.store = new ChatStore(
      ctx.storage,
      (chatId, id) => this.files.attachmentUrl(chatId, id),
      () => {
        if (this.flushArmed) return;
        this.flushArmed = true;
        ctx.waitUntil(this.dispatcher.scheduleAlarm());
      },
      () => ctx.waitUntil(this.dispatcher.scheduleAlarm()),
    );
    this.attachments = new AttachmentRows(ctx.storage.sql);
    this.files = new ChatFiles(env, this.attachments, () => this.snapshot?.companyId ?? null);
    this.sockets = new SocketRegistry(ctx);
    this.gateways = new GatewayFanout(ctx.storage, env, {
      config: () => this.configs.config(),
      current: () => {
        const loads = this.dispatcher.loads();
        const queueLength = this.dispatcher.queueLength();
        return (need) => this.dispatcher.availability(need, loads, queueLength);
      },
      raiseGatewayCount: (count) => this.configs.raiseGatewayCount(count),
      waitUntil: (promise) => ctx.waitUntil(promise),
    });
    this.dispatcher = new Dispatcher(
      ctx,
      this.store,
      this.sockets,
      () => this.configs.config(),
      () => this.availabilityGapMs,
      (chat, now) => handOver(env, this.snapshot?.companyId ?? null, this.store, chat, now),
      this.gateways,
    );
    this.abuse = new FrameAbuse(ctx.storage.sql, this.sockets);
    this.services = {
      store: this.store,
      sockets: this.sockets,
      dispatcher: this.dispatcher,
      gateways: this.gateways,
      config: () => this.configs.config(),
      revokedSessions: new RevokedSessions(ctx.storage),
      visitorMessages: new WindowCounter(VISITOR_MESSAGE_BURST, VISITOR_MESSAGE_WINDOW_MS),
      newChatsPerAddress: new StoredWindow(ctx.storage.sql, () => NEW_CHATS_PER_ADDRESS_PER_MINUTE, MINUTE_MS),
      newChatsPerCompany: new StoredWindow(
        ctx.storage.sql,
        () => this.snapshot?.settings.newChatsPerMinute ?? DEFAULT_NEW_CHATS_PER_COMPANY_PER_MINUTE,
        MINUTE_MS,
      ),
      attachments: this.attachments,
      uploadsPerAddress: new StoredWindow(ctx.storage.sql, () => UPLOADS_PER_ADDRESS_PER_MINUTE, MINUTE_MS),
      uploadsPerCompany: new StoredWindow(ctx.storage.sql, () => UPLOADS_PER_COMPANY_PER_MINUTE, MINUTE_MS),
      newId: () => randomId(),
      clock: () => this.clock(),
      reject: (ws, error) => this.abuse.reject(ws, error, Date.now()),
    };
    // A change whose call was lost must not leave the room stale past its next wake.
    ctx.blockConcurrencyWhile(() => this.configs.verifySnapshot());
    ctx.blockConcurrencyWhile(async () => {
      if (!this.snapshot) return;
      await checkOnWake(this.services, Date.now());
      // A gateway push that failed before the room slept goes out again.
      this.gateways.resendBehind();
    });
  }

  /** Accepts a visitor or operator WebSocket the worker has already authenticated. */
  override async fetch(request: Request): Promise<Response> {
    const info = readConnectInfo(request);
    if (!info || request.headers.get('Upgrade') !== 'websocket') return refuse(426, 'upgrade_required', 'Connect with a WebSocket.');
    const snapshot = await this.configs.ensureSnapshot(info.companyId);
    if (!snapshot) return noSuchCompany();
    const now = Date.now();
    const refusal = upgradeRefusal(
      info,
      snapshot,
      {
        sessionRevoked: (sessionId) => this.services.revokedSessions.has(sessionId),
        addressCooledUntil: (address) => this.abuse.cooledUntil(address, now),
        visitorSocketsFrom: (address) => this.sockets.visitorSocketsFrom(address),
      },
      now,
    );
    if (refusal) return refusal;

    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server, [info.role === 'visitor' ? VISITOR_TAG : OPERATOR_TAG]);
    this.sockets.set(server, newAttachment(info));
    // The Test chat page runs on the console, which says nothing about the company's own site.
    if (info.role === 'visitor' && info.testChatUserId === null) await this.configs.noteWidgetInstalled(snapshot);
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    // Nothing a client sends may throw out of here: a bug answers `internal` and the room carries on.
    try {
      // A socket the room closed (for abuse, say) still delivers what its client sent before it saw the close: skip it unread.
      if (ws.readyState !== WebSocket.READY_STATE_OPEN) return;
      const a = this.sockets.get(ws);
      if (!a) return;
      if (!this.snapshot) return ws.close(CLOSE_CODES.revoked, 'company removed');
      await takeFrame(this.services, this.abuse, ws, a, raw, Date.now());
    } catch (err) {
      console.error('company room: frame failed', err);
      sendError(ws, errorFrame('internal', 'Something went wrong on our side.'));
    }
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    answerClose(ws, code, reason);
    await this.dropSocket(ws);
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    await this.dropSocket(ws);
  }

  /**
   * The reconnect grace of some operator, or of a queued chat's visitor, ran out (F10), or the
   * oldest closed chat passed the company's retention period (SPEC S), or chat events wait to be
   * flushed to D1 (F22), or moved receipts to storage (F21).
   */
  override async alarm(): Promise<void> {
    if (!this.snapshot) return;
    const now = this.clock();
    this.flushArmed = false;
    this.store.receipts.flush(now);
    await this.flushChatEvents(this.snapshot.companyId, now);
    // D1's report rows and the files first: should deleting them fail, the chats stay and the
    // alarm's retry tries again.
    const expired = expiredChatIds(this.ctx.storage.sql, this.snapshot.settings.retentionDays, now);
    if (expired.length > 0) await eraseChatReports(getDb(this.env.DB), this.snapshot.companyId, expired);
    await this.files.deleteChatFiles(expired);
    sweepRetention(this.ctx.storage, this.snapshot.settings.retentionDays, now);
    await this.dispatcher.expireGrace(now);
  }

  /**
   * Called by the worker after every write to the company's data (F13), with the company's
   * config version after that write (worker/companies/notify.ts). Reloads what changed, or
   * everything when an earlier change never arrived, and pushes it to open widgets and chat pages.
   */
  async configChanged(what: ConfigChange, version?: number): Promise<void> {
    if (what === 'deleted') return this.eraseCompany();
    return this.configs.changed(what, version);
  }

  /**
   * Erases everything the room stores (SPEC S: data ends with its company): sockets are closed,
   * the alarm cleared and storage emptied. The company is gone from D1 first, so nothing reloads it.
   */
  async eraseCompany(): Promise<void> {
    // The gateways first: only the room knows how many there are, so a failure here keeps its storage for the retry.
    if (this.snapshot) await this.gateways.eraseAll();
    this.configs.forget();
    this.closeAll();
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
  }

  /** Everything the room holds about one visitor (GDPR export), or null when nothing. */
  async exportVisitor(visitorId: string): Promise<VisitorExport | null> {
    return exportVisitor(this.ctx.storage, this.store, visitorId);
  }

  /** Erases one visitor (GDPR): an open chat ends, their tabs close, their chats and messages are deleted. */
  async eraseVisitor(visitorId: string): Promise<{ chats: number }> {
    const now = Date.now();
    if (this.snapshot) {
      const open = this.store.openChatOf(visitorId);
      if (open) this.dispatcher.close(open, 'system', 'closed', now);
    }
    for (const ws of this.sockets.visitorSockets(visitorId)) {
      this.sockets.remove(ws);
      ws.close(CLOSE_CODES.revoked, 'visitor data erased');
    }
    if (this.snapshot) await this.gateways.closeVisitor(visitorId);
    await this.files.deleteChatFiles(visitorChatIds(this.ctx.storage, visitorId));
    const chats = eraseVisitorRows(this.ctx.storage, visitorId);
    if (this.snapshot) this.dispatcher.settle(now);
    return { chats };
  }

  /**
   * Called by the worker when console sessions are signed out (logout, password reset, "log out
   * this one"): their operator tabs are closed at once with 4403, and later upgrades refused.
   */
  async revokeSessions(sessions: RevokedSession[]): Promise<void> {
    const now = Date.now();
    this.services.revokedSessions.add(sessions, now);
    if (this.snapshot) await closeRevoked(this.services, now);
  }

  /**
   * What GET /api/widget/config answers (F9): the widget's config and whether a chat is possible
   * now. `install` says the request came from a registered domain, which ticks the checklist.
   */
  async widgetState(
    companyId: string,
    need: { language: string | null; category: string | null },
    opts: { install: boolean },
  ): Promise<WidgetBootConfig | null> {
    const snapshot = await this.configs.ensureSnapshot(companyId);
    if (!snapshot) return null;
    if (opts.install) await this.configs.noteWidgetInstalled(snapshot);
    const loads = this.dispatcher.loads();
    const languages = need.language ? [need.language] : snapshot.languages.map((l) => l.code);
    const options = languages.map((language) => this.dispatcher.availability({ language, category: need.category }, loads));
    return { ...widgetConfig(snapshot), ...bestAvailability(options, snapshot.settings.offlineFormEnabled) };
  }

  /**
   * What a visitor gateway shows its widgets (visitor-gateway.ts), asked once on its first use;
   * from then on the room pushes it every change. Null when the company doesn't exist.
   */
  async gatewayView(companyId: string, index: number): Promise<GatewayView | null> {
    if (!(await this.configs.ensureSnapshot(companyId))) return null;
    return this.gateways.viewFor(index);
  }

  /** A gateway's load crossed a report step (load-report.ts): the company may need more gateways. */
  async gatewayLoad(index: number, load: GatewayLoad): Promise<void> {
    if (this.snapshot) await this.gateways.report(index, load);
  }

  /** A gateway's first visitor from a registered domain ticks the setup checklist (F2), as the room's own do. */
  async noteGatewayVisitor(companyId: string): Promise<void> {
    const snapshot = await this.configs.ensureSnapshot(companyId);
    if (snapshot) await this.configs.noteWidgetInstalled(snapshot);
  }

  /**
   * Whether a file may be uploaded to the chat (F20), and how large (upload-grant.ts). A visitor is
   * proven by their secret, which goes no further than its hash. Called by the upload routes
   * before they read the file.
   */
  async authorizeUpload(companyId: string, chatId: string, uploader: UploadCredentials): Promise<UploadGrant> {
    if (!(await this.configs.ensureSnapshot(companyId))) return { ok: false, status: 404, code: 'not_found', message: 'No such chat.' };
    const who =
      uploader.side === 'visitor'
        ? { side: 'visitor' as const, secretHash: await hashVisitorSecret(uploader.secret), address: uploader.address }
        : uploader;
    return grantUpload(this.services, chatId, who, Date.now());
  }

  /** Keeps an uploaded file (already in R2) with its chat until a message carries it; answers it with its signed URL. */
  async recordAttachment(chatId: string, side: AttachmentSide, meta: AttachmentMeta): Promise<Attachment> {
    this.attachments.record(chatId, side, meta, Date.now());
    return { ...meta, url: this.files.attachmentUrl(chatId, meta.id) };
  }

  /** Whether the visitor proven by `secret` may ask for the chat's transcript (F21, transcript.ts). */
  async authorizeTranscript(companyId: string, chatId: string, secret: string): Promise<TranscriptGrant> {
    if (!(await this.configs.ensureSnapshot(companyId))) return { ok: false, status: 404, code: 'not_found', message: 'No such chat.' };
    return grantTranscript(this.store, chatId, await hashVisitorSecret(secret));
  }

  /** The chat for its emailed transcript, files signed for TRANSCRIPT_URL_TTL_MS; null when the chat or company is gone. */
  async transcript(companyId: string, chatId: string): Promise<TranscriptView | null> {
    const snapshot = await this.configs.ensureSnapshot(companyId);
    if (!snapshot) return null;
    return transcriptView(this.store, snapshot, chatId, (id) => this.files.attachmentUrl(chatId, id, TRANSCRIPT_URL_TTL_MS));
  }

  /** Chat history, newest first, filtered (F11). */
  async history(filters: HistoryFilters): Promise<HistoryView> {
    return historyView(this.ctx.storage.sql, this.snapshot, filters);
  }

  /** One chat with all its messages, or null. */
  async chat(chatId: string): Promise<ChatDetail | null> {
    return chatDetail(this.store, this.snapshot, chatId);
  }

  /** GET …/chats/:chatId/rating: the visitor's rating of the chat (F21), or null when there is no such chat. */
  async chatRating(chatId: string): Promise<{ rating: ChatRating | null } | null> {
    const chat = this.store.chat(chatId);
    return chat && { rating: chat.rating };
  }

  /** The configuration snapshot (config-holder.ts), or null before first use and after erasure. */
  private get snapshot(): ConfigSnapshot | null {
    return this.configs.current;
  }

  private closeAll(): void {
    for (const ws of this.ctx.getWebSockets()) ws.close(CLOSE_CODES.revoked, 'company removed');
  }

  /** Copies pending chat events to D1; a failure keeps them for a later alarm (event-flush.ts). */
  private async flushChatEvents(companyId: string, now: number): Promise<void> {
    try {
      await flushEvents(getDb(this.env.DB), companyId, this.store.events);
      this.store.events.noteSuccess();
    } catch (err) {
      this.store.events.noteFailure(now);
      console.error('company room: chat events flush failed', err);
    }
  }

  private async dropSocket(ws: WebSocket): Promise<void> {
    try {
      const a = this.sockets.remove(ws);
      if (!a || !this.snapshot) return;
      if (a.role === 'visitor') await onVisitorGone(this.services, a, Date.now());
      else await onOperatorGone(this.services, a, Date.now());
    } catch (err) {
      console.error('company room: close failed', err);
    }
  }
}
