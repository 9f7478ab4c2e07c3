import assert from 'node:assert/strict';
import { test } from 'vitest';
import { VisitorClientFrameSchema } from '../../common/protocol';
import { decodeFrame } from '../../durable-objects/visitor/frames';
import { FLOOD_CYCLE, floodFrame, type HostileFrame, openingFrame } from './hostile-frames';

const who = { origin: 'http://bench.parley.test', canaryVisitorId: 'canary-v-0', runTag: 'b1' };
/** The room's own decoder, as the Durable Object runs it on every inbound frame. */
const decode = (f: HostileFrame) => decodeFrame(typeof f.data === 'string' ? f.data : f.data.slice().buffer, VisitorClientFrameSchema);
const cycle = FLOOD_CYCLE.map((_, k) => floodFrame(2, k, who));

test('the flood sends every visitor frame type the protocol has, each one valid', () => {
  const sent = new Set<string>();
  for (const frame of [openingFrame(2, who), ...cycle]) {
    const decoded = decode(frame);
    if (decoded.ok) sent.add(decoded.frame.type);
  }
  const protocolTypes = VisitorClientFrameSchema.options.map((o) => o.entries.type.literal);
  assert.deepEqual([...sent].sort(), [...protocolTypes].sort());
  const typing = cycle.map(decode).find((d) => d.ok && d.frame.type === 'typing');
  assert.ok(typing?.ok && typing.frame.type === 'typing' && typing.frame.draft, 'the typing frame pushes a draft (F21)');
});

test('the malformed kinds are refused by the room decoder, each for its own reason', () => {
  const refused = Object.fromEntries(
    cycle.flatMap((frame) => {
      const decoded = decode(frame);
      return decoded.ok ? [] : [[frame.kind, decoded.error.code]];
    }),
  );
  assert.deepEqual(refused, {
    bad_json: 'bad_frame',
    binary: 'bad_frame',
    oversize: 'frame_too_large',
    unknown_type: 'invalid_message',
    invalid_fields: 'invalid_message',
  });
});

test('every tenth socket claims the canary visitor with a guessed secret; the others greet as themselves', () => {
  const hijack = decode(openingFrame(9, who));
  assert.ok(hijack.ok && hijack.frame.type === 'hello');
  assert.equal(hijack.frame.visitorId, 'canary-v-0');
  const tab = decode(openingFrame(4, who));
  const fresh = decode(openingFrame(5, who));
  assert.ok(tab.ok && tab.frame.type === 'hello' && fresh.ok && fresh.frame.type === 'hello');
  assert.equal(tab.frame.visitorId, 'hostile-tab-2');
  assert.equal(fresh.frame.visitorId, 'hostile-b1-5');
  // A repeated hello is the socket's own again, so the room answers it with already_ready.
  assert.equal(floodFrame(4, 0, who).data, openingFrame(4, who).data);
});
