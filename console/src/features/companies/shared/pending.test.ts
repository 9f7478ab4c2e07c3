import { expect, test } from 'vitest';
import { isPending, placeholder } from './pending';

test('only rows made as placeholders are pending, by identity', () => {
  const temp = placeholder({ id: '', host: 'example.com' });
  expect(isPending(temp)).toBe(true);
  expect(isPending({ id: '', host: 'example.com' })).toBe(false);
  expect(isPending({ ...temp })).toBe(false);
});
