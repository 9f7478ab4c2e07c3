/** Chat start → chat on the operator's page: from the visitor's first message to the operator's socket. */
import { type Summary, summarize } from '../lib/stats';
import type { Target } from '../targets/target';

export interface ChatStartResult {
  chats: number;
  start: Summary;
}

export async function measureChatStart(
  target: Target,
  o: { chats: number; operators: number; concurrency: number },
): Promise<ChatStartResult> {
  const pairs = await target.openChats(o.chats, o.operators, 'start', o.concurrency);
  await target.closeChats(pairs);
  return { chats: pairs.length, start: summarize(pairs.map((p) => p.startMs)) };
}
