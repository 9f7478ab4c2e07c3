/**
 * The search quality table: queries with the article a reader expects first. Used by
 * search-quality.test.ts and by the bench's search latency scenario (bench/scenarios/help-search.ts).
 */
// The seeded public knowledge base (migrations/0013_help_seed.sql): what a query finds first.
// null means nothing should be found; a list means any of those articles answers the query.
export type Expected = string | readonly string[] | null;
export const WIDGET_ARTICLES = ['add-widget-to-site', 'widget-not-showing'];

export const EN_QUERIES: [string, Expected][] = [
  ['widget', WIDGET_ARTICLES],
  ['operators', 'adding-operators'],
  ['add operator', 'adding-operators'],
  ['30 seconds', 'changes-apply-at-once'],
  ['install widget on website', WIDGET_ARTICLES],
  ['widget not showing', 'widget-not-showing'],
  ['verify domain', 'domain-verification'],
  ['domain ownership', 'domain-verification'],
  ['languages', 'languages'],
  ['categories', 'categories'],
  ['invitation', 'accepting-invitations'],
  ['destinations', 'destinations'],
  ['fast responses', 'fast-responses'],
  ['away status', 'operator-availability'],
  ['all operators busy', 'busy-behaviour'],
  ['queue place', 'busy-queue'],
  ['offline form', 'offline-form'],
  ['notification email', 'notification-email'],
  ['plans prices', 'plans-and-payment-periods'],
  ['avatar', 'display-name-and-avatar'],
  ['two-factor authentication', 'two-factor-login'],
  ['log out other browsers', 'sessions'],
  ['erase visitor data', 'data-retention-gdpr'],
  ['help center', 'company-help-center'],
  ['test chat', 'test-chat'],
  ['new company setup', 'first-time-setup'],
  // As typed: the last word is a prefix.
  ['operat', 'adding-operators'],
  ['avat', 'display-name-and-avatar'],
  // One typo in a long word.
  ['destinatons', 'destinations'],
  ['invitaiton', 'accepting-invitations'],
  // Syntax characters are words, never operators.
  ['"widget" AND (NOT* ^code: NEAR/2)', WIDGET_ARTICLES],
  ['zzzyqx', null],
  ['🙂', null],
  // Forms the porter stemmer reduces differently from the text's ("statuses" → status, not statu;
  // "categorized" → categor, not categori): found through the vocabulary words that begin with the stem.
  ['statuses', 'operator-availability'],
  ['categorize chats', 'categories'],
  ['categorizing chats', 'categories'],
  // Typed with a space after, so no longer completed as a prefix.
  ['categorized ', 'categories'],
  ['categorization ', 'categories'],
];

export const UK_QUERIES: [string, Expected][] = [
  ['віджет', 'add-widget-to-site'],
  ['операторів', 'adding-operators'],
  ['додати оператора', 'adding-operators'],
  ['встановити віджет на сайт', 'add-widget-to-site'],
  ['віджет не відображається', 'widget-not-showing'],
  ['підтвердити домен', 'domain-verification'],
  ['мови', 'languages'],
  ['категорії', 'categories'],
  ['запрошення', 'accepting-invitations'],
  ['напрямки', 'destinations'],
  ['швидкі відповіді', 'fast-responses'],
  ['всі оператори зайняті', 'busy-behaviour'],
  ['черга', 'busy-queue'],
  ['офлайн-форма', 'offline-form'],
  ['тарифи', 'plans-and-payment-periods'],
  ['аватар', 'display-name-and-avatar'],
  ['двофакторна автентифікація', 'two-factor-login'],
  ['вийти з інших браузерів', 'sessions'],
  ['видалення даних відвідувача', 'data-retention-gdpr'],
  ['довідковий центр', 'company-help-center'],
  ['нова компанія', 'first-time-setup'],
  ['зміни набувають чинності', 'changes-apply-at-once'],
  ['відповідати на чати', 'answering-chats'],
  ["ім'я", 'display-name-and-avatar'],
  ['віджета', WIDGET_ARTICLES],
  ['ім’я', 'display-name-and-avatar'],
  // As typed.
  ['операто', 'adding-operators'],
  // One typo.
  ['запрошеня', 'accepting-invitations'],
  ['"віджет" OR (*:^)', 'add-widget-to-site'],
  ['щщщщщщ', null],
  // Case forms the Ukrainian stemmer used to split from the text's ("категорії" → категорі, while
  // "категорій" in the title → категор): common/help/text.ts evens them out.
  ['категорії чатів', 'categories'],
  ['категорії відвідувачів', 'categories'],
  ['категорії для чатів', 'categories'],
  ['категоріями чатів', 'categories'],
  ['вимкнути категорії ', 'categories'],
];
