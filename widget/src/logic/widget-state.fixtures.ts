// Inputs, states and effect readers shared by the widget reducer's tests.
import type {
  Availability,
  ChatMessage,
  VisitorChat,
  VisitorClientFrame,
  VisitorServerFrame,
  WidgetConfig,
} from '../../../common/protocol';
import { PROTOCOL_VERSION } from '../../../common/protocol/limits';
import en from '../i18n/en';
import { freshSaved, type Saved } from './saved';
import type { Context, Effect, WidgetState } from './widget-model';
import { type Input, initialState, step } from './widget-state';

export const config: WidgetConfig = {
  languages: [
    { code: 'en', isDefault: true },
    { code: 'de', isDefault: false },
  ],
  categoriesEnabled: false,
  categories: [],
  greeting: '',
  color: '#225588',
  position: 'right',
  offlineForm: false,
  rating: true,
  typingPreview: false,
  helpLanguages: [],
};
export const online: Availability = { state: 'free', available: true, offlineForm: false };
export const page = { url: 'https://shop.example/mugs', title: 'Mugs', referrer: '' };
export const alice = { id: 'op1', name: 'Alice', avatarUrl: null };
export const bob = { id: 'op2', name: 'Bob', avatarUrl: null };
export const visible: Context = { now: 9000, hidden: false };

export const saved = (over: Partial<Saved> = {}): Saved => ({ ...freshSaved('v1', 's1-0123456789abcdef012345'), ...over });
export const msg = (seq: number, author: ChatMessage['author'] = 'visitor', clientId: string | null = null): ChatMessage => ({
  seq,
  author,
  operatorId: author === 'operator' ? 'op1' : null,
  clientId,
  text: `m${seq}`,
  at: 1000 + seq,
});
export const chat = (id: string, messages: ChatMessage[], operator: VisitorChat['operator'] = alice): VisitorChat => ({
  id,
  status: operator ? 'active' : 'queued',
  operator,
  category: null,
  queuePosition: null,
  waitEstimateSeconds: null,
  contactEmail: null,
  messages,
  receipts: { visitor: { delivered: 0, seen: 0 }, operator: { delivered: 0, seen: 0 } },
});
export const frame = (f: VisitorServerFrame): Input => ({ type: 'frame', frame: f });
export const welcome = (c: VisitorChat | null = null, availability = online, cfg = config): Input =>
  frame({ type: 'welcome', protocol: PROTOCOL_VERSION, config: cfg, availability, chat: c });
export const dictionary: Input = { type: 'dictionary', language: 'en', t: en };
/** The widget as the loader hands it its socket: nothing from the server yet. */
export const start = (over: Partial<Saved> = {}) => initialState(saved(over), ['en-GB']);

/** Applies inputs in order, collecting every effect. */
export function run(inputs: Input[], from: WidgetState = start(), ctx = visible): { state: WidgetState; effects: Effect[] } {
  return inputs.reduce<{ state: WidgetState; effects: Effect[] }>(
    (acc, input) => {
      const r = step(acc.state, input, ctx);
      return { state: r.state, effects: [...acc.effects, ...r.effects] };
    },
    { state: from, effects: [] },
  );
}
export const sent = (effects: Effect[]): VisitorClientFrame[] => effects.flatMap((e) => (e.type === 'send' ? [e.frame] : []));
export const emitted = (effects: Effect[]) => effects.flatMap((e) => (e.type === 'emit' ? [e.event] : []));
export const announced = (effects: Effect[]) => effects.flatMap((e) => (e.type === 'announce' ? [e.text] : []));
/** A widget that saved chat `c` (a reload): its socket is the room's (issue 17). */
export const holding = (from: WidgetState, c: VisitorChat): WidgetState => ({ ...from, room: true, saved: { ...from.saved, chat: c } });
/** The widget on a page with its dictionary, a socket and the server's welcome; one welcomed with a chat holds it. */
export const connected = (from = start(), c: VisitorChat | null = null, cfg = config) =>
  run([dictionary, { type: 'connected', page }, welcome(c, online, cfg)], c ? holding(from, c) : from).state;
/** The room's socket the widget moved to opens and welcomes it (issue 17). */
export const moved = (c: VisitorChat | null = null, cfg = config): Input[] => [{ type: 'connected', page }, welcome(c, online, cfg)];
