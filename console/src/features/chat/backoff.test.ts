import { expect, test } from 'vitest';
import { RECONNECT_MAX_MS, reconnectDelay } from './backoff';

test('the delay doubles per attempt, with jitter in the upper half, up to the ceiling', () => {
  expect(reconnectDelay(0, 0)).toBe(250);
  expect(reconnectDelay(0, 1)).toBe(500);
  expect(reconnectDelay(3, 0)).toBe(2000);
  expect(reconnectDelay(50, 1)).toBe(RECONNECT_MAX_MS);
  expect(reconnectDelay(50, 0)).toBe(RECONNECT_MAX_MS / 2);
});
