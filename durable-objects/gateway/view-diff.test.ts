import { describe, expect, it } from 'vitest';
import type { Availability, WidgetConfig } from '../../common/protocol';
import type { GatewayView } from '../visitor/gateway-view';
import { needKey } from '../visitor/need-key';
import { viewPushes } from './view-diff';

const config: WidgetConfig = {
  languages: [{ code: 'en', isDefault: true }],
  categoriesEnabled: false,
  categories: [],
  greeting: '',
  color: '#000000',
  position: 'right',
  offlineForm: true,
  rating: true,
  typingPreview: false,
  helpLanguages: [],
};
const free: Availability = { state: 'free', available: true, offlineForm: true };
const offline: Availability = { state: 'offline', available: false, offlineForm: true };
const en = needKey('en', null);
const de = needKey('de', null);
const view: GatewayView = {
  version: 3,
  config,
  availability: { [en]: free, [de]: free },
  domains: ['shop.test'],
  widgetInstalled: true,
};

describe('gateway view changes', () => {
  it('sends everything to a gateway holding no view yet', () => {
    expect(viewPushes(null, view)).toEqual({ config: true, needs: [en, de], domains: true });
  });

  it('names only what changed', () => {
    expect(viewPushes(view, { ...view, version: 4, availability: { [en]: offline, [de]: free } })).toEqual({
      config: false,
      needs: [en],
      domains: false,
    });
    expect(viewPushes(view, { ...view, version: 4, config: { ...config, greeting: 'Hi' }, domains: [] })).toEqual({
      config: true,
      needs: [],
      domains: true,
    });
  });

  it('ignores a view that is not newer: a retried or late push changes nothing', () => {
    expect(viewPushes(view, { ...view, availability: { [en]: offline } })).toBeNull();
    expect(viewPushes(view, { ...view, version: 2 })).toBeNull();
  });
});
