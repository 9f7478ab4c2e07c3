/** The rating form's words (F21), in this lazily loaded chunk so the first-message budget keeps its room. */
const en = {
  question: 'How was this chat?',
  good: 'Good',
  bad: 'Bad',
  comment: 'Anything to add? (optional)',
  send: 'Send rating',
  thanks: 'Thank you for rating this chat.',
  offline: 'Not connected. Try again in a moment.',
};
export type RatingStrings = typeof en;

const uk: RatingStrings = {
  question: 'Як пройшла розмова?',
  good: 'Добре',
  bad: 'Погано',
  comment: 'Бажаєте щось додати? (необов’язково)',
  send: 'Надіслати оцінку',
  thanks: 'Дякуємо за оцінку.',
  offline: 'Немає з’єднання. Спробуйте ще раз за мить.',
};

const ru: RatingStrings = {
  question: 'Как прошёл разговор?',
  good: 'Хорошо',
  bad: 'Плохо',
  comment: 'Хотите что-то добавить? (необязательно)',
  send: 'Отправить оценку',
  thanks: 'Спасибо за оценку.',
  offline: 'Нет соединения. Попробуйте ещё раз через мгновение.',
};

const de: RatingStrings = {
  question: 'Wie war dieser Chat?',
  good: 'Gut',
  bad: 'Schlecht',
  comment: 'Möchten Sie etwas ergänzen? (optional)',
  send: 'Bewertung senden',
  thanks: 'Danke für Ihre Bewertung.',
  offline: 'Keine Verbindung. Versuchen Sie es gleich noch einmal.',
};

/** Every widget UI language has its rating words (the dictionaries in widget/src/i18n). */
export const RATING_STRINGS: Record<string, RatingStrings> = { en, uk, ru, de };

/** The words for the widget's UI language (English when it has none of its own, as the dictionaries do). */
export const ratingStrings = (ui: string): RatingStrings => RATING_STRINGS[ui.toLowerCase().split('-')[0]!] ?? en;
