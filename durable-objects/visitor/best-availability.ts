import type { Availability } from '../../common/protocol';

/**
 * The best a page's visitor may get when their language isn't known yet: an offer before none,
 * then free before busy before offline.
 */
export function bestAvailability(options: Availability[], offlineForm: boolean): Availability {
  const rank = (a: Availability) => Number(a.available) * 3 + (a.state === 'free' ? 2 : a.state === 'busy' ? 1 : 0);
  return (
    options.reduce<Availability | null>((best, a) => (best === null || rank(a) > rank(best) ? a : best), null) ?? {
      state: 'offline',
      available: false,
      offlineForm,
    }
  );
}
