import type { PageLang } from '../../common/help/page-langs';

/** Every text the help pages show, per language (the articles bring their own). */
export interface PageStrings {
  /** The language's own name, for the language switch. */
  name: string;
  title: string;
  companyTitle: (company: string) => string;
  intro: string;
  searchLabel: string;
  searchButton: string;
  questions: string;
  results: (q: string) => string;
  noResults: (q: string) => string;
  allQuestions: string;
  notFoundLead: string;
  notFoundTitle: string;
  feedbackLead: string;
  feedbackLink: string;
  feedbackTitle: string;
  email: string;
  message: string;
  about: string;
  aboutNone: string;
  send: string;
  thanks: string;
  helpful: string;
  yes: string;
  no: string;
  votedYes: string;
  votedNo: string;
  back: string;
  languages: string;
  errEmail: string;
  errMessage: string;
  errArticle: string;
}

const en: PageStrings = {
  name: 'English',
  title: 'Parley help',
  companyTitle: (company) => `${company} help`,
  intro: 'Here you find answers to frequent questions. Enter your question or a keyword into the search, for example “widget”.',
  searchLabel: 'Search the help',
  searchButton: 'Search',
  questions: 'Questions',
  results: (q) => `Results for “${q}”`,
  noResults: (q) => `Nothing found for “${q}”. Try other words, or ask us below.`,
  allQuestions: 'All questions',
  notFoundTitle: 'Page not found',
  notFoundLead: 'There is no such article. Search the help or pick a question from the list.',
  feedbackLead: 'Could not find an answer?',
  feedbackLink: 'Use the feedback form',
  feedbackTitle: 'Feedback',
  email: 'Your email',
  message: 'Message',
  about: 'About the article',
  aboutNone: 'No particular article',
  send: 'Send',
  thanks: 'Thank you! We have your message and will answer by email.',
  helpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  votedYes: 'Thank you for your answer.',
  votedNo: 'Sorry it didn’t help. Tell us what was missing:',
  back: 'All questions',
  languages: 'Language',
  errEmail: 'Enter the email address we should answer to.',
  errMessage: 'Write your question or what was missing.',
  errArticle: 'Choose an article from the list.',
};

const uk: PageStrings = {
  name: 'Українська',
  title: 'Довідка Parley',
  companyTitle: (company) => `Довідка ${company}`,
  intro: 'Тут зібрано відповіді на часті запитання. Введіть запитання або ключове слово в пошук, наприклад «віджет».',
  searchLabel: 'Пошук у довідці',
  searchButton: 'Шукати',
  questions: 'Запитання',
  results: (q) => `Результати для «${q}»`,
  noResults: (q) => `За запитом «${q}» нічого не знайдено. Спробуйте інші слова або напишіть нам.`,
  allQuestions: 'Усі запитання',
  notFoundTitle: 'Сторінку не знайдено',
  notFoundLead: 'Такої статті немає. Скористайтеся пошуком або виберіть запитання зі списку.',
  feedbackLead: 'Не знайшли відповіді?',
  feedbackLink: 'Скористайтеся формою зворотного зв’язку',
  feedbackTitle: 'Зворотний зв’язок',
  email: 'Ваша електронна адреса',
  message: 'Повідомлення',
  about: 'Щодо статті',
  aboutNone: 'Без конкретної статті',
  send: 'Надіслати',
  thanks: 'Дякуємо! Ми отримали ваше повідомлення й відповімо електронною поштою.',
  helpful: 'Чи була стаття корисною?',
  yes: 'Так',
  no: 'Ні',
  votedYes: 'Дякуємо за відповідь.',
  votedNo: 'Шкода, що не допомогло. Напишіть, чого бракувало:',
  back: 'Усі запитання',
  languages: 'Мова',
  errEmail: 'Введіть адресу, на яку нам відповісти.',
  errMessage: 'Напишіть своє запитання або чого бракувало.',
  errArticle: 'Виберіть статтю зі списку.',
};

export const PAGE_STRINGS: Readonly<Record<PageLang, PageStrings>> = { en, uk };
