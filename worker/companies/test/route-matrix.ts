import type { CompanyFixture } from './fixtures';
import { uniqueHost } from './fixtures';

/** How the isolation tests call one company route, and who may. */
export interface RouteCase {
  /** Operators get 403 here; owners get `okStatus`. */
  ownerOnly: boolean;
  /** The status a correct call by the owner answers. */
  okStatus: number;
  /** A valid body, so a missing check would show as a success rather than a validation error. */
  body?: (f: CompanyFixture) => unknown;
  /** A valid query string (with its `?`), for routes that require one. */
  query?: string;
  /**
   * Whether a successful call reaches the company's open pages at once (F13): the chat page gets
   * a `config` frame, or a page is closed. Defaults to true for every non-GET route; only writes
   * that change nothing an open page shows opt out.
   */
  pushes?: boolean;
}

/**
 * Every route under /api/companies/:companyId, keyed `METHOD /full/path` exactly as Hono lists it in
 * `app.routes`. tenant-isolation.test.ts fails for a route missing here, so a new route can't ship
 * without saying whether it is owner-only. Path parameters are filled from a `CompanyFixture`
 * (see `routeParams`).
 */
export const COMPANY_ROUTE_MATRIX: Record<string, RouteCase> = {
  'GET /api/companies/:companyId': { ownerOnly: false, okStatus: 200 },
  'PATCH /api/companies/:companyId': { ownerOnly: true, okStatus: 200, body: () => ({ greeting: 'Hello there', color: '#112233' }) },
  'DELETE /api/companies/:companyId': { ownerOnly: true, okStatus: 204 },

  'GET /api/companies/:companyId/domains': { ownerOnly: false, okStatus: 200 },
  // A new domain revokes nothing, and the widget's own origin is checked on connect.
  'POST /api/companies/:companyId/domains': { ownerOnly: true, okStatus: 201, body: () => ({ host: uniqueHost() }), pushes: false },
  'DELETE /api/companies/:companyId/domains/:domainId': { ownerOnly: true, okStatus: 204 },
  // Tests run with ENVIRONMENT=development, where `dev: true` verifies without a published proof.
  // Verifying revokes nothing of the verifier's (only overlapping claims of other companies close).
  'POST /api/companies/:companyId/domains/:domainId/verify': { ownerOnly: true, okStatus: 200, body: () => ({ dev: true }), pushes: false },

  'GET /api/companies/:companyId/languages': { ownerOnly: false, okStatus: 200 },
  'POST /api/companies/:companyId/languages': { ownerOnly: true, okStatus: 201, body: () => ({ code: 'de' }) },
  'DELETE /api/companies/:companyId/languages/:code': { ownerOnly: true, okStatus: 204 },
  'PUT /api/companies/:companyId/languages/:code/default': { ownerOnly: true, okStatus: 200 },

  'GET /api/companies/:companyId/categories': { ownerOnly: false, okStatus: 200 },
  'POST /api/companies/:companyId/categories': { ownerOnly: true, okStatus: 201, body: () => ({ name: 'Billing' }) },
  'PATCH /api/companies/:companyId/categories/:categoryId': { ownerOnly: true, okStatus: 200, body: () => ({ name: 'Renamed' }) },
  'DELETE /api/companies/:companyId/categories/:categoryId': { ownerOnly: true, okStatus: 200 },

  'GET /api/companies/:companyId/operators': { ownerOnly: false, okStatus: 200 },
  'POST /api/companies/:companyId/operators': { ownerOnly: true, okStatus: 201, body: (f) => ({ email: f.spare.email }) },
  'DELETE /api/companies/:companyId/operators/:userId': { ownerOnly: true, okStatus: 204 },
  'DELETE /api/companies/:companyId/invitations/:invitationId': { ownerOnly: true, okStatus: 204 },
  // A reminder mail to the invitee; nothing an open page shows changes.
  'POST /api/companies/:companyId/invitations/:invitationId/resend': { ownerOnly: true, okStatus: 200, pushes: false },
  'GET /api/companies/:companyId/operators/:userId/destinations': { ownerOnly: false, okStatus: 200 },
  'PUT /api/companies/:companyId/operators/:userId/destinations': {
    ownerOnly: true,
    okStatus: 200,
    body: (f) => ({ languages: ['en', 'uk'], categories: [f.categoryId] }),
  },

  'GET /api/companies/:companyId/fast-responses': { ownerOnly: false, okStatus: 200 },
  'POST /api/companies/:companyId/fast-responses': {
    ownerOnly: true,
    okStatus: 201,
    body: () => ({ text: 'Thanks for waiting.', nickname: 'wait' }),
  },
  'PATCH /api/companies/:companyId/fast-responses/:fastResponseId': { ownerOnly: true, okStatus: 200, body: () => ({ text: 'Hi!' }) },
  'DELETE /api/companies/:companyId/fast-responses/:fastResponseId': { ownerOnly: true, okStatus: 204 },

  'GET /api/companies/:companyId/widget-code': { ownerOnly: false, okStatus: 200 },
  // The fixture company has no notification email, so there is nothing to confirm; notification-email.test.ts covers 202.
  'POST /api/companies/:companyId/notification-email/confirmation': { ownerOnly: true, okStatus: 409, pushes: false },

  // Offline messages (F14, worker/offline): every member answers them; read flags aren't configuration.
  'GET /api/companies/:companyId/offline-messages': { ownerOnly: false, okStatus: 200 },
  'PATCH /api/companies/:companyId/offline-messages/:id': { ownerOnly: false, okStatus: 200, body: () => ({ read: true }), pushes: false },

  // Reports (F22, worker/reports): every member; an operator's report is always their own figures.
  'GET /api/companies/:companyId/reports': { ownerOnly: false, okStatus: 200, query: '?from=2026-01-01&to=2026-01-31' },
  'GET /api/companies/:companyId/reports.csv': { ownerOnly: false, okStatus: 200, query: '?from=2026-01-01&to=2026-01-31' },

  // Plan and payments (F15, worker/billing): every member reads; the owner changes the plan and pays.
  'GET /api/companies/:companyId/plan': { ownerOnly: false, okStatus: 200 },
  'PUT /api/companies/:companyId/plan': { ownerOnly: true, okStatus: 200, body: () => ({ plan: 'pro', operators: 12 }) },
  // Opening a checkout changes nothing until the provider's webhook reports the payment.
  'POST /api/companies/:companyId/payments': {
    ownerOnly: true,
    okStatus: 201,
    body: () => ({ plan: 'standard', operators: 10, months: 1 }),
    pushes: false,
  },
  'GET /api/companies/:companyId/payments': { ownerOnly: false, okStatus: 200 },

  // Real time (worker/realtime): a plain GET reaches the upgrade check only after membership passed.
  'GET /api/companies/:companyId/connect': { ownerOnly: false, okStatus: 426 },
  'GET /api/companies/:companyId/chats': { ownerOnly: false, okStatus: 200 },
  // Fixtures hold no chat (chats live in the company object); chat-history tests cover a found one.
  'GET /api/companies/:companyId/chats/:chatId': { ownerOnly: false, okStatus: 404 },
  // Only the chat's own operator may upload to it, so the fixture's made-up chat is not found;
  // worker/attachments/upload.test.ts covers a found one. A file is not configuration.
  'POST /api/companies/:companyId/chats/:chatId/attachments': { ownerOnly: false, okStatus: 404, pushes: false },
  'GET /api/companies/:companyId/chats/:chatId/rating': { ownerOnly: false, okStatus: 404 },

  // One visitor's data (GDPR, worker/data/registry.ts): the owner's alone. Fixtures hold no visitor;
  // worker/data/visitor-data.test.ts covers a found one.
  'GET /api/companies/:companyId/visitors/:visitorId/export': { ownerOnly: true, okStatus: 404 },
  'DELETE /api/companies/:companyId/visitors/:visitorId': { ownerOnly: true, okStatus: 404, pushes: false },

  // The company's help center (F19, worker/help): every member writes; articles are not widget configuration.
  'GET /api/companies/:companyId/articles': { ownerOnly: false, okStatus: 200 },
  'POST /api/companies/:companyId/articles': {
    ownerOnly: false,
    okStatus: 201,
    body: () => ({ slug: `a-${crypto.randomUUID()}`, translations: [{ lang: 'en', title: 'Returns', body: 'Send it back.' }] }),
    pushes: false,
  },
  'GET /api/companies/:companyId/articles/:slug': { ownerOnly: false, okStatus: 200 },
  'PATCH /api/companies/:companyId/articles/:slug': { ownerOnly: false, okStatus: 200, body: () => ({ published: true }), pushes: false },
  'DELETE /api/companies/:companyId/articles/:slug': { ownerOnly: false, okStatus: 204, pushes: false },
  'GET /api/companies/:companyId/help-votes': { ownerOnly: false, okStatus: 200 },
  'GET /api/companies/:companyId/help-feedback': { ownerOnly: false, okStatus: 200 },
};

/** Path parameter values taken from a fixture; `:userId` is its operator (not the owner). */
export function routeParams(f: CompanyFixture): Record<string, string> {
  return {
    companyId: f.companyId,
    domainId: f.domainId,
    code: f.code,
    categoryId: f.categoryId,
    userId: f.operator.id,
    invitationId: f.invitationId,
    fastResponseId: f.fastResponseId,
    id: f.offlineMessageId,
    chatId: 'no-such-chat',
    visitorId: 'v-fixture',
    slug: f.articleSlug,
  };
}

/** `/api/companies/:companyId/x/:id` with every `:param` replaced; an unknown parameter throws. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No fixture value for :${name} in ${path}; add it to routeParams().`);
    return encodeURIComponent(value);
  });
}
