import * as v from 'valibot';
import { type ErrorCode, type ErrorFrame, MAX_FRAME_BYTES } from '../../common/protocol';

export type Decoded<T> = { ok: true; frame: T } | { ok: false; error: ErrorFrame };

const encoder = new TextEncoder();

/**
 * Turns one inbound WebSocket frame into a typed protocol frame, or into the `error` frame that
 * answers it. Never throws, whatever the client sent.
 */
export function decodeFrame<S extends v.GenericSchema>(raw: string | ArrayBuffer, schema: S): Decoded<v.InferOutput<S>> {
  if (typeof raw !== 'string') return fail('bad_frame', 'Send JSON text frames.');
  // A UTF-8 character is at most 3 bytes per UTF-16 unit, so short strings skip the encode.
  if (raw.length * 3 > MAX_FRAME_BYTES && encoder.encode(raw).byteLength > MAX_FRAME_BYTES) {
    return fail('frame_too_large', `Frames are limited to ${MAX_FRAME_BYTES} bytes.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail('bad_frame', 'The frame is not valid JSON.');
  }
  const ref =
    typeof json === 'object' && json !== null && typeof (json as { type?: unknown }).type === 'string'
      ? (json as { type: string }).type.slice(0, 32)
      : undefined;
  const result = v.safeParse(schema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    return fail('invalid_message', `${path ? `${path}: ` : ''}${issue?.message ?? 'Invalid frame.'}`, ref);
  }
  return { ok: true, frame: result.output };
}

/** An `error` frame. */
export function errorFrame(code: ErrorCode, message: string, ref?: string): ErrorFrame {
  return ref === undefined ? { type: 'error', code, message } : { type: 'error', code, message, ref };
}

function fail(code: ErrorCode, message: string, ref?: string): { ok: false; error: ErrorFrame } {
  return { ok: false, error: errorFrame(code, message, ref) };
}
