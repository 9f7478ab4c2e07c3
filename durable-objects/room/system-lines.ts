import type { SystemEvent } from '../../common/protocol';
import type { ChatEvent } from '../../common/reports/events';

/** A system line as the chat keeps it: what happened, worded in English, and the event it comes from. */
export interface SystemLine {
  /** The id of the recorded event the line tells of. */
  eventId: string;
  /** The operator the line names. */
  operatorId: string;
  event: SystemEvent;
  text: string;
}

/**
 * The system lines one change of a chat gives, from the events recorded for it, in order: each
 * `assigned` gives one, "joined" when the chat had no operator before, "moved" after a transfer
 * or when it leaves another operator (a reassignment); other events give none. `previousOperatorId`
 * is the chat's operator before the change; `nameOf` names an operator (the company's list).
 */
export function systemLines(
  events: readonly ChatEvent[],
  previousOperatorId: string | null,
  nameOf: (operatorId: string) => string,
): SystemLine[] {
  const lines: SystemLine[] = [];
  let previous = previousOperatorId;
  let transferred = false;
  for (const e of events) {
    if (e.kind === 'transferred') transferred = true;
    if (e.kind !== 'assigned') continue;
    const name = nameOf(e.operatorId);
    const moved = transferred || (previous !== null && previous !== e.operatorId);
    lines.push({
      eventId: e.id,
      operatorId: e.operatorId,
      event: { kind: moved ? 'moved' : 'joined', name },
      text: moved ? `The chat moved to ${name}.` : `${name} joined the chat.`,
    });
    previous = e.operatorId;
    transferred = false;
  }
  return lines;
}
