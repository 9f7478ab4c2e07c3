/** The help center's words (F19), in this lazily loaded chunk so the first-message budget keeps its room. */
const en = {
  title: 'Search our help',
  back: 'Back',
  placeholder: 'Type your question',
  searching: 'Searching…',
  loading: 'Loading…',
  empty: 'No article matches. Try other words, or ask us in the chat.',
  none: 'There are no articles yet.',
  error: 'Could not load the help. Check your connection and try again.',
  retry: 'Try again',
  suggested: 'These articles may help',
  helpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thank you for telling us.',
  newTab: 'Open in a new tab',
};
export type HelpStrings = typeof en;

const uk: HelpStrings = {
  title: 'Пошук у довідці',
  back: 'Назад',
  placeholder: 'Введіть запитання',
  searching: 'Шукаємо…',
  loading: 'Завантаження…',
  empty: 'Жодна стаття не підходить. Спробуйте інші слова або запитайте нас у чаті.',
  none: 'Статей поки немає.',
  error: 'Не вдалося завантажити довідку. Перевірте з’єднання і спробуйте ще раз.',
  retry: 'Спробувати ще раз',
  suggested: 'Можливо, допоможуть ці статті',
  helpful: 'Чи була стаття корисною?',
  yes: 'Так',
  no: 'Ні',
  thanks: 'Дякуємо за відгук.',
  newTab: 'Відкрити в новій вкладці',
};

const ru: HelpStrings = {
  title: 'Поиск в справке',
  back: 'Назад',
  placeholder: 'Введите вопрос',
  searching: 'Ищем…',
  loading: 'Загрузка…',
  empty: 'Ни одна статья не подходит. Попробуйте другие слова или спросите нас в чате.',
  none: 'Статей пока нет.',
  error: 'Не удалось загрузить справку. Проверьте соединение и попробуйте ещё раз.',
  retry: 'Попробовать ещё раз',
  suggested: 'Возможно, помогут эти статьи',
  helpful: 'Была ли статья полезной?',
  yes: 'Да',
  no: 'Нет',
  thanks: 'Спасибо за отзыв.',
  newTab: 'Открыть в новой вкладке',
};

const de: HelpStrings = {
  title: 'Hilfe durchsuchen',
  back: 'Zurück',
  placeholder: 'Ihre Frage',
  searching: 'Suche läuft…',
  loading: 'Wird geladen…',
  empty: 'Kein Artikel passt. Versuchen Sie andere Wörter oder fragen Sie uns im Chat.',
  none: 'Noch keine Artikel.',
  error: 'Die Hilfe konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  retry: 'Erneut versuchen',
  suggested: 'Diese Artikel könnten helfen',
  helpful: 'War das hilfreich?',
  yes: 'Ja',
  no: 'Nein',
  thanks: 'Danke für Ihre Rückmeldung.',
  newTab: 'In neuem Tab öffnen',
};

const ALL: Record<string, HelpStrings> = { en, uk, ru, de };

/** The words for the widget's UI language (English when it has none of its own, as the dictionaries do). */
export const helpStrings = (ui: string): HelpStrings => ALL[ui.toLowerCase().split('-')[0]!] ?? en;
