import * as v from 'valibot';
import { ATTACHMENT_MAX_MEGABYTES_MAX, ATTACHMENT_MAX_MEGABYTES_MIN } from '../attachments/limits';
import { isTimeZone } from '../reports/zoned-time';
import { EmailSchema } from './auth';

/** Limits shared by the API and the console's forms (F2, F5, F12). */
export const COMPANY_NAME_MAX_LENGTH = 80;
export const MAX_CHATS_MIN = 1;
export const MAX_CHATS_MAX = 50;
/** Bounds of the company's new-chats-a-minute limit (SPEC S); the default is DEFAULT_NEW_CHATS_PER_COMPANY_PER_MINUTE. */
export const NEW_CHATS_PER_MINUTE_MIN = 1;
export const NEW_CHATS_PER_MINUTE_MAX = 100_000;
export const GREETING_MAX_LENGTH = 280;
export const CATEGORY_NAME_MAX_LENGTH = 60;
export const FAST_RESPONSE_TEXT_MAX_LENGTH = 2000;
/** A fast-response nickname: 1–32 characters, no whitespace and no `\` (it starts the composer's lookup). */
export const NICKNAME_PATTERN = /^[^\s\\]{1,32}$/;
/** How long closed chats are kept, in days (SPEC S); a new company keeps them 365 (db/schema/companies.ts). */
export const RETENTION_DAYS_MIN = 1;
export const RETENTION_DAYS_MAX = 3650;
export const WIDGET_POSITIONS = ['right', 'left'] as const;
/**
 * What the widget does while every operator serving a visitor is at capacity (F10): `queue` keeps
 * the chat on offer and says how long the wait is, `offline_form` offers the offline form instead,
 * `hide` shows the widget only while a free operator is online (a chat started at that very
 * instant still queues).
 */
export const BUSY_BEHAVIOURS = ['queue', 'offline_form', 'hide'] as const;
/** Bounds of the queue cap (F10); the default is DEFAULT_MAX_QUEUE_LENGTH (common/protocol/limits.ts). */
export const MAX_QUEUE_LENGTH_MIN = 1;
export const MAX_QUEUE_LENGTH_MAX = 10_000;
export const COMPANY_ROLES = ['owner', 'operator'] as const;

export type WidgetPosition = (typeof WIDGET_POSITIONS)[number];
export type BusyBehaviour = (typeof BUSY_BEHAVIOURS)[number];
export type CompanyRole = (typeof COMPANY_ROLES)[number];

export const CompanyNameSchema = v.pipe(
  v.string('Enter a company name.'),
  v.trim(),
  v.nonEmpty('Enter a company name.'),
  v.maxLength(COMPANY_NAME_MAX_LENGTH, `Use at most ${COMPANY_NAME_MAX_LENGTH} characters.`),
);

/** A new company's time zone when the creator's browser names none (reports' days, F22). */
export const DEFAULT_TIME_ZONE = 'UTC';

/** An IANA time zone name (`Europe/Kyiv`); reports cut days at its local midnight (F22). */
export const TimeZoneSchema = v.pipe(
  v.string('Choose a time zone.'),
  v.trim(),
  v.check(isTimeZone, 'Use a time zone name such as Europe/Kyiv or America/New_York.'),
);

/** POST /api/companies — the console sends the creator's browser time zone with the name. */
export const CreateCompanyBodySchema = v.object({ name: CompanyNameSchema, timeZone: v.optional(TimeZoneSchema) });
export type CreateCompanyBody = v.InferInput<typeof CreateCompanyBodySchema>;

/** An empty notification email (or null) clears it; offline messages are then mailed to the owner (worker/offline/delivery.ts). */
const NotificationEmailSchema = v.nullable(
  v.union(
    [
      v.pipe(
        v.string(),
        v.trim(),
        v.empty(),
        v.transform(() => null),
      ),
      EmailSchema,
    ],
    'Enter a valid email address, or leave it empty.',
  ),
);

/** POST /api/notification-email/confirm — the token from the confirmation link. */
export const ConfirmNotificationEmailBodySchema = v.object({
  token: v.pipe(
    v.string('This link is incomplete.'),
    v.trim(),
    v.nonEmpty('This link is incomplete.'),
    v.maxLength(200, 'This link is incomplete.'),
  ),
});
export type ConfirmNotificationEmailBody = v.InferInput<typeof ConfirmNotificationEmailBodySchema>;

/** PATCH /api/companies/:companyId — every field optional; only the ones sent change. */
export const CompanySettingsBodySchema = v.partial(
  v.object({
    name: CompanyNameSchema,
    notificationEmail: NotificationEmailSchema,
    offlineFormEnabled: v.boolean('Choose on or off.'),
    ratingEnabled: v.boolean('Choose on or off.'),
    typingPreviewEnabled: v.boolean('Choose on or off.'),
    maxChatsPerOperator: v.pipe(
      v.number('Enter a number.'),
      v.integer('Enter a whole number.'),
      v.minValue(MAX_CHATS_MIN, `Use a number from ${MAX_CHATS_MIN} to ${MAX_CHATS_MAX}.`),
      v.maxValue(MAX_CHATS_MAX, `Use a number from ${MAX_CHATS_MIN} to ${MAX_CHATS_MAX}.`),
    ),
    newChatsPerMinute: v.pipe(
      v.number('Enter a number.'),
      v.integer('Enter a whole number.'),
      v.minValue(NEW_CHATS_PER_MINUTE_MIN, `Use a number from ${NEW_CHATS_PER_MINUTE_MIN} to ${NEW_CHATS_PER_MINUTE_MAX}.`),
      v.maxValue(NEW_CHATS_PER_MINUTE_MAX, `Use a number from ${NEW_CHATS_PER_MINUTE_MIN} to ${NEW_CHATS_PER_MINUTE_MAX}.`),
    ),
    busyBehaviour: v.picklist(BUSY_BEHAVIOURS, 'Choose what a busy widget does.'),
    maxQueueLength: v.pipe(
      v.number('Enter a number.'),
      v.integer('Enter a whole number.'),
      v.minValue(MAX_QUEUE_LENGTH_MIN, `Use a number from ${MAX_QUEUE_LENGTH_MIN} to ${MAX_QUEUE_LENGTH_MAX}.`),
      v.maxValue(MAX_QUEUE_LENGTH_MAX, `Use a number from ${MAX_QUEUE_LENGTH_MIN} to ${MAX_QUEUE_LENGTH_MAX}.`),
    ),
    greeting: v.pipe(
      v.string('Enter a greeting.'),
      v.trim(),
      v.maxLength(GREETING_MAX_LENGTH, `Use at most ${GREETING_MAX_LENGTH} characters.`),
    ),
    color: v.pipe(v.string('Choose a colour.'), v.trim(), v.regex(/^#[0-9a-f]{6}$/i, 'Use a colour like #2563eb.'), v.toLowerCase()),
    position: v.picklist(WIDGET_POSITIONS, 'Choose right or left.'),
    timeZone: TimeZoneSchema,
    retentionDays: v.pipe(
      v.number('Enter a number of days.'),
      v.integer('Enter a whole number of days.'),
      v.minValue(RETENTION_DAYS_MIN, `Use ${RETENTION_DAYS_MIN} to ${RETENTION_DAYS_MAX} days.`),
      v.maxValue(RETENTION_DAYS_MAX, `Use ${RETENTION_DAYS_MIN} to ${RETENTION_DAYS_MAX} days.`),
    ),
    attachmentMaxMegabytes: v.pipe(
      v.number('Enter a number of MB.'),
      v.integer('Enter a whole number of MB.'),
      v.minValue(ATTACHMENT_MAX_MEGABYTES_MIN, `Use ${ATTACHMENT_MAX_MEGABYTES_MIN} to ${ATTACHMENT_MAX_MEGABYTES_MAX} MB.`),
      v.maxValue(ATTACHMENT_MAX_MEGABYTES_MAX, `Use ${ATTACHMENT_MAX_MEGABYTES_MIN} to ${ATTACHMENT_MAX_MEGABYTES_MAX} MB.`),
    ),
  }),
);
export type CompanySettingsBody = v.InferInput<typeof CompanySettingsBodySchema>;

/** POST …/domains — normalised and checked by the server (scheme, port, path, IDN, `www.`, `*.`). */
export const DomainBodySchema = v.object({
  host: v.pipe(
    v.string('Enter a domain.'),
    v.trim(),
    v.nonEmpty('Enter a domain, for example example.com.'),
    v.maxLength(300, 'This domain is too long.'),
  ),
});
export type DomainBody = v.InferInput<typeof DomainBodySchema>;

/** POST …/domains/:domainId/verify — `{}` checks the published proof; `{dev: true}` skips it, in local development only. */
export const VerifyDomainBodySchema = v.object({ dev: v.optional(v.boolean('Send dev as true or false.'), false) });
export type VerifyDomainBody = v.InferInput<typeof VerifyDomainBodySchema>;

/**
 * A BCP 47 primary language subtag: en, uk, de, … (2–3 letters, stored lower-case). A tag with
 * a region or script (`de-AT`, `pt_BR`, `zh-Hant-TW`) is reduced to its primary language.
 */
export const LanguageCodeSchema = v.pipe(
  v.string('Enter a language code.'),
  v.trim(),
  v.toLowerCase(),
  v.transform((tag) => tag.split(/[-_]/)[0]!),
  v.regex(/^[a-z]{2,3}$/, 'Use a two- or three-letter language code such as en, uk or de.'),
);

/** POST …/languages */
export const LanguageBodySchema = v.object({ code: LanguageCodeSchema });
export type LanguageBody = v.InferInput<typeof LanguageBodySchema>;

/** POST …/categories and PATCH …/categories/:categoryId */
export const CategoryBodySchema = v.object({
  name: v.pipe(
    v.string('Enter a category name.'),
    v.trim(),
    v.nonEmpty('Enter a category name.'),
    v.maxLength(CATEGORY_NAME_MAX_LENGTH, `Use at most ${CATEGORY_NAME_MAX_LENGTH} characters.`),
  ),
});
export type CategoryBody = v.InferInput<typeof CategoryBodySchema>;

/** POST …/operators — the invitee's account email. */
export const InviteBodySchema = v.object({ email: EmailSchema });
export type InviteBody = v.InferInput<typeof InviteBodySchema>;

/** PUT …/operators/:userId/destinations — categories only count while category support is on. */
export const DestinationsBodySchema = v.object({
  languages: v.pipe(v.array(LanguageCodeSchema, 'Send a list of language codes.'), v.maxLength(100, 'Too many languages.')),
  categories: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.nonEmpty()), 'Send a list of category ids.'), v.maxLength(200, 'Too many categories.')),
    [],
  ),
});
export type DestinationsBody = v.InferInput<typeof DestinationsBodySchema>;

const FastResponseTextSchema = v.pipe(
  v.string('Enter the response text.'),
  v.check((s) => s.trim().length > 0, 'Enter the response text.'),
  v.maxLength(FAST_RESPONSE_TEXT_MAX_LENGTH, `Use at most ${FAST_RESPONSE_TEXT_MAX_LENGTH} characters.`),
);

/** An optional nickname; empty or null means "no nickname" (the response is found by its text). */
const NicknameSchema = v.nullish(
  v.pipe(
    v.string('Enter a nickname or leave it empty.'),
    v.trim(),
    v.transform((s) => (s === '' ? null : s)),
    v.nullable(v.pipe(v.string(), v.regex(NICKNAME_PATTERN, 'Use up to 32 characters without spaces or backslashes.'))),
  ),
);

/** POST …/fast-responses */
export const FastResponseBodySchema = v.object({ text: FastResponseTextSchema, nickname: NicknameSchema });
export type FastResponseBody = v.InferInput<typeof FastResponseBodySchema>;

/** PATCH …/fast-responses/:fastResponseId — send only what changes. */
export const FastResponsePatchBodySchema = v.partial(FastResponseBodySchema);
export type FastResponsePatchBody = v.InferInput<typeof FastResponsePatchBodySchema>;

/** The live setup checklist on the company page (F2), in the seed's order. */
export interface SetupChecklist {
  domainAdded: boolean;
  languageAdded: boolean;
  operatorAdded: boolean;
  destinationsSet: boolean;
  widgetInstalled: boolean;
}
