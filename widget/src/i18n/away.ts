/** Forms of a counted phrase by plural category (Intl.PluralRules); `other` is the fallback. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The words of the offline form (F14) and the busy box (F10): only visitors who find nobody free
 * see them, so they load with those views' chunks, not with the dictionary before the first message.
 */
const en = {
  offlineTitle: 'Leave us a message',
  offlineIntro: 'Nobody is online right now. Leave a message and we will answer by email.',
  offlineBusy: 'All operators are busy right now. Leave a message and we will answer by email.',
  email: 'Your email',
  theme: 'Subject',
  submit: 'Send message',
  sent: 'Thank you! Your message is on its way; we will answer by email.',
  tooMany: 'You have sent several messages already. Please try again in {n} min.',
  crowded: 'Many messages are arriving from your network right now. Please try again in {n} min.',
  network: 'Could not send: check your connection and try again.',
  busy: 'All operators are busy. Expected wait: {wait}.',
  busyQueue: 'All operators are busy — you are number {n}, {wait}.',
  wait: { one: 'about {n} minute', other: 'about {n} minutes' } as Plural,
  contactAsk: 'Have to go? Leave your email and we will answer there.',
  contactSave: 'Save',
  contactSaved: 'If you have to go, we will answer at {email}.',
};
export type AwayStrings = typeof en;

const uk: AwayStrings = {
  offlineTitle: 'Залиште повідомлення',
  offlineIntro: 'Зараз нікого немає онлайн. Залиште повідомлення, і ми відповімо електронною поштою.',
  offlineBusy: 'Зараз усі оператори зайняті. Залиште повідомлення, і ми відповімо електронною поштою.',
  email: 'Ваш email',
  theme: 'Тема',
  submit: 'Надіслати повідомлення',
  sent: 'Дякуємо! Повідомлення надіслано, ми відповімо електронною поштою.',
  tooMany: 'Ви вже надіслали кілька повідомлень. Спробуйте ще раз за {n} хв.',
  crowded: 'З вашої мережі зараз надходить багато повідомлень. Спробуйте ще раз за {n} хв.',
  network: 'Не вдалося надіслати: перевірте зʼєднання і спробуйте ще раз.',
  busy: 'Усі оператори зайняті. Орієнтовне очікування: {wait}.',
  busyQueue: 'Усі оператори зайняті — ви {n}-й у черзі, {wait}.',
  wait: { one: 'близько {n} хвилини', few: 'близько {n} хвилин', many: 'близько {n} хвилин', other: 'близько {n} хвилини' },
  contactAsk: 'Мусите йти? Залиште email, і ми відповімо туди.',
  contactSave: 'Зберегти',
  contactSaved: 'Якщо вам доведеться піти, ми відповімо на {email}.',
};

const ru: AwayStrings = {
  offlineTitle: 'Оставьте сообщение',
  offlineIntro: 'Сейчас никого нет в сети. Оставьте сообщение, и мы ответим по электронной почте.',
  offlineBusy: 'Сейчас все операторы заняты. Оставьте сообщение, и мы ответим по электронной почте.',
  email: 'Ваш email',
  theme: 'Тема',
  submit: 'Отправить сообщение',
  sent: 'Спасибо! Сообщение отправлено, мы ответим по электронной почте.',
  tooMany: 'Вы уже отправили несколько сообщений. Попробуйте снова через {n} мин.',
  crowded: 'Из вашей сети сейчас приходит много сообщений. Попробуйте снова через {n} мин.',
  network: 'Не удалось отправить: проверьте соединение и попробуйте снова.',
  busy: 'Все операторы заняты. Ожидание: {wait}.',
  busyQueue: 'Все операторы заняты — вы {n}-й в очереди, {wait}.',
  wait: { one: 'около {n} минуты', few: 'около {n} минут', many: 'около {n} минут', other: 'около {n} минуты' },
  contactAsk: 'Нужно уйти? Оставьте email, и мы ответим туда.',
  contactSave: 'Сохранить',
  contactSaved: 'Если вам придётся уйти, мы ответим на {email}.',
};

const de: AwayStrings = {
  offlineTitle: 'Hinterlassen Sie uns eine Nachricht',
  offlineIntro: 'Gerade ist niemand online. Hinterlassen Sie eine Nachricht, wir antworten per E-Mail.',
  offlineBusy: 'Alle Mitarbeiter sind gerade beschäftigt. Hinterlassen Sie eine Nachricht, wir antworten per E-Mail.',
  email: 'Ihre E-Mail-Adresse',
  theme: 'Betreff',
  submit: 'Nachricht senden',
  sent: 'Danke! Ihre Nachricht ist unterwegs; wir antworten per E-Mail.',
  tooMany: 'Sie haben schon mehrere Nachrichten gesendet. Bitte versuchen Sie es in {n} Min. erneut.',
  crowded: 'Aus Ihrem Netzwerk kommen gerade viele Nachrichten. Bitte versuchen Sie es in {n} Min. erneut.',
  network: 'Senden fehlgeschlagen: Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  busy: 'Alle Mitarbeiter sind beschäftigt. Voraussichtliche Wartezeit: {wait}.',
  busyQueue: 'Alle Mitarbeiter sind beschäftigt — Sie sind Nummer {n}, {wait}.',
  wait: { one: 'etwa {n} Minute', other: 'etwa {n} Minuten' },
  contactAsk: 'Sie müssen los? Hinterlassen Sie Ihre E-Mail-Adresse, wir antworten dorthin.',
  contactSave: 'Speichern',
  contactSaved: 'Falls Sie gehen müssen, antworten wir an {email}.',
};

const BY_LANGUAGE: Record<string, AwayStrings> = { en, uk, ru, de };

/** The words in the UI language (as `loadDictionary` picks it: by primary subtag, else English). */
export function awayStrings(language: string): AwayStrings {
  return BY_LANGUAGE[language.toLowerCase().split('-')[0]!] ?? en;
}
