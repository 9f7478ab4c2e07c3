// @vitest-environment jsdom
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, expect, test } from 'vitest';
import type { OperatorMessage } from '../../../../common/protocol';
import { MessageList } from './message-list';

afterEach(cleanup);

const msg = (seq: number, author: OperatorMessage['author']): OperatorMessage => ({
  seq,
  author,
  operatorId: author === 'visitor' ? null : 'op1',
  clientId: `c${seq}`,
  text: `m${seq}`,
  at: seq,
});

test("marks the operator's messages delivered or seen by the visitor, and nothing else (F21)", () => {
  const messages = [msg(1, 'visitor'), msg(2, 'operator'), msg(3, 'note'), msg(4, 'operator'), msg(5, 'operator')];
  const { container } = render(() => (
    <MessageList messages={messages} operatorName={() => 'Ann'} visitorName="Visitor" receipts={{ delivered: 4, seen: 2 }} />
  ));
  const receipt = (seq: number) => container.querySelector(`[data-seq="${seq}"] .message-receipt`)?.textContent?.trim() ?? null;
  expect([1, 2, 3, 4, 5].map(receipt)).toEqual([null, '✓✓ Seen', null, '✓ Delivered', null]);
  expect(container.querySelector('[data-seq="2"] .message-receipt')?.getAttribute('title')).toBe('Seen by the visitor');
});
