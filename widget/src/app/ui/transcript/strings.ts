import type { TranscriptRefusal } from '../../../../../common/schemas/transcript';

/** The transcript form's words (F21), in this lazily loaded chunk so the first-message budget keeps its room. */
const en = {
  ask: 'Email me this chat',
  email: 'Your email',
  send: 'Send',
  sent: 'Check your inbox: open the link we sent to get the transcript.',
  failed: 'The transcript could not be requested. Try again in a moment.',
  refusals: {
    rate_limited: 'You have asked for several transcripts today. Please try again tomorrow.',
    email_rate_limited: 'This address has received several transcripts today. Please try again tomorrow.',
    address_rate_limited: 'Many transcripts were asked for from your network today. Please try again tomorrow.',
    company_rate_limited: 'Transcripts are not available right now. Please try again tomorrow.',
  } satisfies Record<TranscriptRefusal, string>,
};
export type TranscriptStrings = typeof en;

const uk: TranscriptStrings = {
  ask: 'Надіслати цю розмову на пошту',
  email: 'Ваша електронна пошта',
  send: 'Надіслати',
  sent: 'Перевірте пошту: відкрийте посилання з листа, щоб отримати розмову.',
  failed: 'Не вдалося надіслати запит. Спробуйте ще раз за мить.',
  refusals: {
    rate_limited: 'Ви вже кілька разів просили розмову сьогодні. Спробуйте завтра.',
    email_rate_limited: 'На цю адресу сьогодні вже надіслано кілька розмов. Спробуйте завтра.',
    address_rate_limited: 'З вашої мережі сьогодні вже було багато запитів. Спробуйте завтра.',
    company_rate_limited: 'Зараз розмови не надсилаються. Спробуйте завтра.',
  },
};

const ru: TranscriptStrings = {
  ask: 'Отправить этот разговор на почту',
  email: 'Ваша электронная почта',
  send: 'Отправить',
  sent: 'Проверьте почту: откройте ссылку из письма, чтобы получить разговор.',
  failed: 'Не удалось отправить запрос. Попробуйте ещё раз через мгновение.',
  refusals: {
    rate_limited: 'Вы уже несколько раз запрашивали разговор сегодня. Попробуйте завтра.',
    email_rate_limited: 'На этот адрес сегодня уже отправлено несколько разговоров. Попробуйте завтра.',
    address_rate_limited: 'Из вашей сети сегодня уже было много запросов. Попробуйте завтра.',
    company_rate_limited: 'Сейчас разговоры не отправляются. Попробуйте завтра.',
  },
};

const de: TranscriptStrings = {
  ask: 'Diesen Chat per E-Mail senden',
  email: 'Ihre E-Mail-Adresse',
  send: 'Senden',
  sent: 'Sehen Sie in Ihr Postfach: Öffnen Sie den Link, um das Protokoll zu erhalten.',
  failed: 'Die Anfrage ist fehlgeschlagen. Versuchen Sie es gleich noch einmal.',
  refusals: {
    rate_limited: 'Sie haben heute schon mehrere Protokolle angefordert. Bitte versuchen Sie es morgen.',
    email_rate_limited: 'An diese Adresse gingen heute schon mehrere Protokolle. Bitte versuchen Sie es morgen.',
    address_rate_limited: 'Aus Ihrem Netzwerk kamen heute schon viele Anfragen. Bitte versuchen Sie es morgen.',
    company_rate_limited: 'Protokolle sind gerade nicht verfügbar. Bitte versuchen Sie es morgen.',
  },
};

/** Every widget UI language has its transcript words (the dictionaries in widget/src/i18n). */
export const TRANSCRIPT_STRINGS: Record<string, TranscriptStrings> = { en, uk, ru, de };

/** The words for the widget's UI language (English when it has none of its own, as the dictionaries do). */
export const transcriptStrings = (ui: string): TranscriptStrings => TRANSCRIPT_STRINGS[ui.toLowerCase().split('-')[0]!] ?? en;

/** What to tell the visitor about a refused request: the cap's own words, else the generic failure. */
export const refusalText = (t: TranscriptStrings, code: string | undefined): string =>
  (t.refusals as Record<string, string>)[code ?? ''] ?? t.failed;
