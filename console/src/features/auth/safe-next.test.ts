import { describe, expect, it } from 'vitest';
import { HOME_PATH, safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeNext('/settings/general')).toBe('/settings/general');
    expect(safeNext('/companies?tab=1')).toBe('/companies?tab=1');
  });

  it('falls back home when there is no target', () => {
    expect(safeNext(undefined)).toBe(HOME_PATH);
    expect(safeNext('')).toBe(HOME_PATH);
    expect(safeNext([])).toBe(HOME_PATH);
  });

  it('takes the first of repeated parameters', () => {
    expect(safeNext(['/a', '/b'])).toBe('/a');
  });

  it('refuses targets that leave the site', () => {
    for (const bad of ['https://evil.test/', '//evil.test/x', '/\\evil.test', 'javascript:alert(1)', 'settings', '/\tx']) {
      expect(safeNext(bad)).toBe(HOME_PATH);
    }
  });
});
