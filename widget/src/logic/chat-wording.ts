import type { ChatMessage, CloseReason } from '../../../common/protocol';
import type { Dictionary } from '../i18n/en';
import { format } from '../i18n/load';

/** A system line ("Ann joined the chat") in the visitor's language; one the widget can't word stays as stored. */
export const systemText = (t: Dictionary, m: ChatMessage): string => (m.event ? format(t[m.event.kind], { name: m.event.name }) : m.text);

/** Why the chat ended, in the visitor's words. */
export const closedText = (t: Dictionary, reason: CloseReason): string =>
  reason === 'operator_lost' ? t.left : reason === 'no_operator' ? t.noOperator : t.ended;
