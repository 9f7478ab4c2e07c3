import type { ConfirmOutcome } from './confirm-page';

/** What the visitor reads about their transcript: the two mails and the link's page (F21). */
export interface TranscriptWords {
  /** BCP 47 tag for `lang` and date formatting. */
  locale: string;
  confirmSubject: string;
  greeting: string;
  confirmAsked: string;
  confirmOpen: string;
  confirmAction: string;
  confirmIgnore: string;
  pasteLink: string;
  transcriptSubject: string;
  timesIn: string;
  you: string;
  operator: string;
  filesLast: string;
  sendButton: string;
  pages: Record<ConfirmOutcome, { title: string; text: string }>;
}

const en: TranscriptWords = {
  locale: 'en',
  confirmSubject: 'Confirm: send your chat with {company} to this address',
  greeting: 'Hello,',
  confirmAsked: "A visitor of {company}'s website asked for the transcript of their chat to be sent to this address.",
  confirmOpen: 'To receive it, open this link (it works once, for 24 hours):',
  confirmAction: 'Send me the transcript',
  confirmIgnore: 'If it wasn’t you, ignore this mail: nothing more will be sent.',
  pasteLink: 'Or paste this address into your browser:',
  transcriptSubject: 'Your chat with {company}',
  timesIn: 'Times are in {zone}.',
  you: 'You',
  operator: 'Operator',
  filesLast: 'Links to files work for 30 days.',
  sendButton: 'Send the transcript',
  pages: {
    ask: { title: 'Send the transcript?', text: 'Send the transcript of your chat to {email}?' },
    sent: { title: 'Transcript sent', text: 'The transcript of your chat is on its way to {email}.' },
    already_sent: { title: 'Already sent', text: 'This transcript was already sent to {email}; the link works only once.' },
    expired: { title: 'Link expired', text: 'This link has expired. Ask for the transcript again from the chat.' },
    invalid: { title: 'Link not valid', text: 'This link is not valid. Check that it was copied whole.' },
    gone: { title: 'Chat no longer available', text: 'This chat has been deleted, so there is no transcript to send.' },
    failed: { title: 'Not sent yet', text: 'The transcript could not be sent just now. Please open the link again in a few minutes.' },
  },
};

const uk: TranscriptWords = {
  locale: 'uk',
  confirmSubject: 'Підтвердьте: надіслати ваш чат з {company} на цю адресу',
  greeting: 'Вітаємо!',
  confirmAsked: 'Відвідувач сайту {company} попросив надіслати запис свого чату на цю адресу.',
  confirmOpen: 'Щоб отримати його, відкрийте це посилання (воно діє один раз, 24 години):',
  confirmAction: 'Надіслати мені запис чату',
  confirmIgnore: 'Якщо це були не ви, просто не зважайте на цей лист: більше нічого не надійде.',
  pasteLink: 'Або вставте цю адресу в браузер:',
  transcriptSubject: 'Ваш чат з {company}',
  timesIn: 'Час указано за часовим поясом {zone}.',
  you: 'Ви',
  operator: 'Оператор',
  filesLast: 'Посилання на файли діють 30 днів.',
  sendButton: 'Надіслати запис чату',
  pages: {
    ask: { title: 'Надіслати запис чату?', text: 'Надіслати запис вашого чату на {email}?' },
    sent: { title: 'Запис надіслано', text: 'Запис вашого чату вже прямує на {email}.' },
    already_sent: { title: 'Уже надіслано', text: 'Цей запис уже надіслано на {email}; посилання діє лише один раз.' },
    expired: { title: 'Посилання застаріло', text: 'Термін дії посилання минув. Попросіть запис ще раз у чаті.' },
    invalid: { title: 'Посилання недійсне', text: 'Це посилання недійсне. Перевірте, чи його скопійовано повністю.' },
    gone: { title: 'Чат більше не доступний', text: 'Цей чат видалено, тож запису немає.' },
    failed: { title: 'Ще не надіслано', text: 'Зараз не вдалося надіслати запис. Відкрийте посилання ще раз за кілька хвилин.' },
  },
};

const ru: TranscriptWords = {
  locale: 'ru',
  confirmSubject: 'Подтвердите: отправить ваш чат с {company} на этот адрес',
  greeting: 'Здравствуйте!',
  confirmAsked: 'Посетитель сайта {company} попросил отправить запись своего чата на этот адрес.',
  confirmOpen: 'Чтобы получить её, откройте эту ссылку (она действует один раз, 24 часа):',
  confirmAction: 'Отправить мне запись чата',
  confirmIgnore: 'Если это были не вы, просто не обращайте внимания на это письмо: больше ничего не придёт.',
  pasteLink: 'Или вставьте этот адрес в браузер:',
  transcriptSubject: 'Ваш чат с {company}',
  timesIn: 'Время указано по часовому поясу {zone}.',
  you: 'Вы',
  operator: 'Оператор',
  filesLast: 'Ссылки на файлы действуют 30 дней.',
  sendButton: 'Отправить запись чата',
  pages: {
    ask: { title: 'Отправить запись чата?', text: 'Отправить запись вашего чата на {email}?' },
    sent: { title: 'Запись отправлена', text: 'Запись вашего чата уже в пути на {email}.' },
    already_sent: { title: 'Уже отправлено', text: 'Эта запись уже отправлена на {email}; ссылка действует только один раз.' },
    expired: { title: 'Ссылка устарела', text: 'Срок действия ссылки истёк. Попросите запись ещё раз в чате.' },
    invalid: { title: 'Ссылка недействительна', text: 'Эта ссылка недействительна. Проверьте, что она скопирована полностью.' },
    gone: { title: 'Чат больше недоступен', text: 'Этот чат удалён, поэтому записи нет.' },
    failed: { title: 'Пока не отправлено', text: 'Сейчас не удалось отправить запись. Откройте ссылку ещё раз через несколько минут.' },
  },
};

const de: TranscriptWords = {
  locale: 'de',
  confirmSubject: 'Bestätigen: Ihren Chat mit {company} an diese Adresse senden',
  greeting: 'Hallo,',
  confirmAsked: 'Ein Besucher der Website von {company} hat gebeten, das Protokoll seines Chats an diese Adresse zu senden.',
  confirmOpen: 'Um es zu erhalten, öffnen Sie diesen Link (er funktioniert einmal, 24 Stunden lang):',
  confirmAction: 'Protokoll an mich senden',
  confirmIgnore: 'Wenn Sie das nicht waren, ignorieren Sie diese E-Mail: Es wird nichts weiter gesendet.',
  pasteLink: 'Oder fügen Sie diese Adresse in Ihren Browser ein:',
  transcriptSubject: 'Ihr Chat mit {company}',
  timesIn: 'Zeiten in der Zeitzone {zone}.',
  you: 'Sie',
  operator: 'Mitarbeiter',
  filesLast: 'Links zu Dateien sind 30 Tage gültig.',
  sendButton: 'Protokoll senden',
  pages: {
    ask: { title: 'Protokoll senden?', text: 'Das Protokoll Ihres Chats an {email} senden?' },
    sent: { title: 'Protokoll gesendet', text: 'Das Protokoll Ihres Chats ist unterwegs an {email}.' },
    already_sent: {
      title: 'Bereits gesendet',
      text: 'Dieses Protokoll wurde bereits an {email} gesendet; der Link funktioniert nur einmal.',
    },
    expired: { title: 'Link abgelaufen', text: 'Dieser Link ist abgelaufen. Fordern Sie das Protokoll im Chat erneut an.' },
    invalid: { title: 'Link ungültig', text: 'Dieser Link ist ungültig. Prüfen Sie, ob er vollständig kopiert wurde.' },
    gone: { title: 'Chat nicht mehr verfügbar', text: 'Dieser Chat wurde gelöscht, daher gibt es kein Protokoll.' },
    failed: {
      title: 'Noch nicht gesendet',
      text: 'Das Protokoll konnte gerade nicht gesendet werden. Öffnen Sie den Link in ein paar Minuten erneut.',
    },
  },
};

/** The languages the widget speaks (widget/src/i18n); the transcript speaks the same ones. */
const WORDS: Record<string, TranscriptWords> = { en, uk, ru, de };

/** The supported language of a chat language code ("uk-UA" → "uk"), English otherwise. */
export function transcriptLanguage(code: string | null | undefined): string {
  const primary = (code ?? '').toLowerCase().split('-')[0]!;
  return primary in WORDS ? primary : 'en';
}

export function transcriptWords(code: string | null | undefined): TranscriptWords {
  return WORDS[transcriptLanguage(code)]!;
}

/** Fills `{name}` placeholders with already-safe values. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}
