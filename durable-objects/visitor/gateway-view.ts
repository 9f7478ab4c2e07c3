import type { Availability, WidgetConfig } from '../../common/protocol';
import { bestAvailability } from './best-availability';
import { needKey } from './need-key';

/**
 * What a visitor gateway shows its widgets, as the company room hands it over (its `gatewayView`)
 * and pushes it (`applyView`): only public things, kept in the gateway's storage so it answers
 * `hello` and GET /api/widget/config without the room.
 */
export interface GatewayView {
  /** Bumped by the room with every change it pushes; a gateway keeps the newest it was given. */
  version: number;
  config: WidgetConfig;
  /** Availability by need (`needKey`): every company language, with no category and with each category. */
  availability: Record<string, Availability>;
  /** The registered domains: a widget whose page is on none of them any more is closed (F3, F13). */
  domains: string[];
  /** Whether the setup checklist's "widget installed" step is ticked (F2). */
  widgetInstalled: boolean;
}

/**
 * The availability of one need. A language the company doesn't have is served by nobody, so
 * it is offline, as the room would work it out.
 */
export function needAvailability(view: GatewayView, need: { language: string; category: string | null }): Availability {
  return (
    view.availability[needKey(need.language, need.category)] ?? { state: 'offline', available: false, offlineForm: view.config.offlineForm }
  );
}

/** What GET /api/widget/config answers for a need; without a language, the best over the company's languages. */
export function pageAvailability(view: GatewayView, need: { language: string | null; category: string | null }): Availability {
  const languages = need.language ? [need.language] : view.config.languages.map((l) => l.code);
  const options = languages.map((language) => needAvailability(view, { language, category: need.category }));
  return bestAvailability(options, view.config.offlineForm);
}
