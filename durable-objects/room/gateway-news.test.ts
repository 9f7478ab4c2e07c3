import { describe, expect, it } from 'vitest';
import type { Availability } from '../../common/protocol';
import { needKey } from '../visitor/need-key';
import { firstTable, gatewayNeeds, gatewayNews, gatewaysBehind } from './gateway-news';

const free: Availability = { state: 'free', available: true, offlineForm: true };
const offline: Availability = { state: 'offline', available: false, offlineForm: true };
const en = needKey('en', null);
const de = needKey('de', null);

describe('gateway news', () => {
  it('lists every language with no category and with each category', () => {
    expect(gatewayNeeds([{ code: 'en' }, { code: 'de' }], [{ id: 'c1' }])).toEqual([
      { language: 'en', category: null },
      { language: 'en', category: 'c1' },
      { language: 'de', category: null },
      { language: 'de', category: 'c1' },
    ]);
  });

  it('tells a need nobody was told of at once, then only news, at most once per gap', () => {
    const needs = gatewayNeeds([{ code: 'en' }, { code: 'de' }], []);
    const first = gatewayNews({}, needs, () => free, 0, 10_000);
    expect(first).toEqual({
      told: { [en]: { availability: free, at: 0 }, [de]: { availability: free, at: 0 } },
      changed: true,
      dueAt: null,
    });
    expect(gatewayNews(first.told, needs, () => free, 20_000, 10_000).changed).toBe(false);

    // English goes offline 5 s in: held back until the gap ends; German is unchanged.
    const held = gatewayNews(first.told, needs, (n) => (n.language === 'en' ? offline : free), 5_000, 10_000);
    expect(held).toEqual({ told: first.told, changed: false, dueAt: 10_000 });
    const due = gatewayNews(first.told, needs, (n) => (n.language === 'en' ? offline : free), 10_000, 10_000);
    expect(due.changed).toBe(true);
    expect(due.told[en]).toEqual({ availability: offline, at: 10_000 });
    expect(due.told[de]).toBe(first.told[de]);
  });

  it("tells the first news after a gateway's first view at once: the view was handed over, not pushed", () => {
    const needs = gatewayNeeds([{ code: 'en' }], []);
    const table = firstTable(needs, () => offline);
    expect(table).toEqual({ [en]: { availability: offline, at: null } });
    expect(gatewayNews(table, needs, () => offline, 1_000, 10_000).changed).toBe(false);
    const online = gatewayNews(table, needs, () => free, 1_000, 10_000);
    expect(online).toMatchObject({ changed: true, dueAt: null });
    expect(online.told[en]).toEqual({ availability: free, at: 1_000 });
  });

  it('drops a need the company no longer has', () => {
    const both = gatewayNews({}, gatewayNeeds([{ code: 'en' }, { code: 'de' }], []), () => free, 0, 0);
    const only = gatewayNews(both.told, gatewayNeeds([{ code: 'en' }], []), () => free, 1, 0);
    expect(only.changed).toBe(true);
    expect(Object.keys(only.told)).toEqual([en]);
  });

  it('finds the gateways behind the current version', () => {
    expect(gatewaysBehind({ 0: 3, 1: 2, 2: 3 }, 3)).toEqual([1]);
    expect(gatewaysBehind({}, 3)).toEqual([]);
  });
});
