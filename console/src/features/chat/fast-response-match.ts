import type { OperatorConfig } from '../../../../common/protocol';

/** A fast response as the chat page receives it from the company's object (F12). */
export type FastResponse = OperatorConfig['fastResponses'][number];

/**
 * What the operator is typing at the caret: `\nick` looks up nicknames by prefix, `\\text`
 * searches the texts of responses without a nickname. `start`/`end` delimit the trigger so an
 * inserted response replaces exactly it.
 */
export interface FastTrigger {
  kind: 'nickname' | 'text';
  query: string;
  start: number;
  end: number;
}

/** Case- and accent-insensitive form of a string: NFD, combining marks stripped, lower case. */
export function normalize(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The trigger ending at `caret`, or null. A trigger starts with `\` at the start of the text or
 * after whitespace; a nickname query stops at whitespace, a text query may contain spaces.
 */
export function findTrigger(text: string, caret: number): FastTrigger | null {
  const before = text.slice(0, caret);
  const textMatch = /(^|\s)\\\\([^\\\n]*)$/.exec(before);
  if (textMatch) {
    const start = textMatch.index + (textMatch[1] ?? '').length;
    return { kind: 'text', query: textMatch[2] ?? '', start, end: caret };
  }
  const nickMatch = /(^|\s)\\([^\s\\]*)$/.exec(before);
  if (nickMatch) {
    const start = nickMatch.index + (nickMatch[1] ?? '').length;
    return { kind: 'nickname', query: nickMatch[2] ?? '', start, end: caret };
  }
  return null;
}

/**
 * Responses for a trigger: by nickname prefix (only responses with a nickname), or by text
 * containment among responses WITHOUT a nickname — the seed's two rules. Nickname matches are
 * ordered by nickname, text matches keep the company's order.
 */
export function matchFastResponses(responses: readonly FastResponse[], trigger: Pick<FastTrigger, 'kind' | 'query'>): FastResponse[] {
  const query = normalize(trigger.query.trim());
  if (trigger.kind === 'nickname') {
    return responses
      .filter((r) => r.nickname !== null && r.nickname !== '' && normalize(r.nickname).startsWith(query))
      .sort((a, b) => (a.nickname ?? '').localeCompare(b.nickname ?? ''));
  }
  return responses.filter((r) => !r.nickname && normalize(r.text).includes(query));
}

/** The composer text with the trigger replaced by the response, and where the caret goes. */
export function insertResponse(text: string, trigger: FastTrigger, response: FastResponse): { text: string; caret: number } {
  const next = text.slice(0, trigger.start) + response.text + text.slice(trigger.end);
  return { text: next, caret: trigger.start + response.text.length };
}
