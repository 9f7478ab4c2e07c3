// The bench's floor: the least a Durable Object can do for a chat — accept a hibernating
// WebSocket, store each message in its SQLite storage, then deliver it. Parley's CompanyRoom is
// measured against this in the same run, so the ratios say what our protocol costs on top.
import { DurableObject } from 'cloudflare:workers';

/**
 * Frames are JSON `{to?, text, ack?}`. Every frame is stored; then it goes to the sockets tagged
 * `to` (a client id given as `?id=` on connect), or to every other socket when `to` is absent,
 * and the sender gets `{type:'ack', seq, text}` when it asked for one. The output gate holds the sends
 * until the insert is durable, as it does for CompanyRoom.
 */
export class FloorRoom extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    ctx.storage.sql.exec(
      'CREATE TABLE IF NOT EXISTS messages (seq INTEGER PRIMARY KEY, sender TEXT NOT NULL, body TEXT NOT NULL, at INTEGER NOT NULL)',
    );
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('ping', 'pong'));
  }

  async fetch(request) {
    if (request.headers.get('upgrade') !== 'websocket') return new Response('expected a websocket', { status: 426 });
    const id = new URL(request.url).searchParams.get('id') ?? 'anon';
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1], [id]);
    pair[1].serializeAttachment({ id });
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  webSocketMessage(ws, data) {
    let frame;
    try {
      frame = JSON.parse(typeof data === 'string' ? data : new TextDecoder().decode(data));
    } catch {
      ws.send('{"type":"error"}');
      return;
    }
    const sender = ws.deserializeAttachment()?.id ?? 'anon';
    const seq = this.ctx.storage.sql
      .exec('INSERT INTO messages (sender, body, at) VALUES (?, ?, ?) RETURNING seq', sender, String(frame.text ?? ''), Date.now())
      .one().seq;
    const out = JSON.stringify({ type: 'message', from: sender, seq, text: frame.text });
    const targets = frame.to ? this.ctx.getWebSockets(frame.to) : this.ctx.getWebSockets();
    for (const target of targets) if (target !== ws) target.send(out);
    if (frame.ack) ws.send(JSON.stringify({ type: 'ack', seq, text: frame.text }));
  }

  webSocketClose(ws) {
    try {
      ws.close(1000, 'bye');
    } catch {
      // Already closed from this side too.
    }
  }
}

/**
 * Every socket goes to one object, as every socket of a company goes to its CompanyRoom. Like any
 * widget connect, an upgrade first asks D1 whose it is (Parley resolves the Origin to its company):
 * locally that one read keeps memory alive for as long as the socket's request lives (Miniflare's
 * D1 simulator; see bench/README.md), so the floor pays it too and the idle ratio measures the room.
 */
export default {
  async fetch(request, env) {
    if (request.headers.get('upgrade') === 'websocket')
      await env.DB.prepare('SELECT ?1 AS origin')
        .bind(request.headers.get('origin') ?? '')
        .first();
    return env.FLOOR_ROOM.get(env.FLOOR_ROOM.idFromName('floor')).fetch(request);
  },
};
