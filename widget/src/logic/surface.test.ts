import { describe, expect, it } from 'vitest';
import { surfaceFor } from './surface';

describe('surfaceFor', () => {
  it('shows the chat while an operator is free or a chat is open', () => {
    expect(surfaceFor({ available: true, offlineForm: false, hasChat: false })).toBe('chat');
    expect(surfaceFor({ available: false, offlineForm: true, hasChat: true })).toBe('chat');
  });

  it('falls back to the offline form, then to nothing', () => {
    expect(surfaceFor({ available: false, offlineForm: true, hasChat: false })).toBe('offline');
    expect(surfaceFor({ available: false, offlineForm: false, hasChat: false })).toBe('none');
  });
});
