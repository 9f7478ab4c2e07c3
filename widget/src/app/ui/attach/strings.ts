/** The attachments' words (F20), in this lazily loaded chunk so the first-message budget keeps its room. */
const en = {
  uploading: 'Sending {name}',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  tooLarge: '“{name}” is too large to send.',
  type: '“{name}” can’t be sent: only images, PDF, text and office documents are allowed.',
  tooMany: 'You are sending many files. Please try again in a minute.',
  closed: 'The chat has ended, so “{name}” was not sent.',
  failed: 'Could not send “{name}”. Check your connection and try again.',
  image: 'Image {name}: open full size',
};
export type AttachStrings = typeof en;

const uk: AttachStrings = {
  uploading: 'Надсилаємо {name}',
  cancel: 'Скасувати',
  dismiss: 'Закрити',
  tooLarge: '«{name}» завеликий, щоб його надіслати.',
  type: '«{name}» не можна надіслати: дозволені лише зображення, PDF, текст і офісні документи.',
  tooMany: 'Ви надсилаєте багато файлів. Спробуйте ще раз за хвилину.',
  closed: 'Чат завершено, тому «{name}» не надіслано.',
  failed: 'Не вдалося надіслати «{name}». Перевірте з’єднання і спробуйте ще раз.',
  image: 'Зображення {name}: відкрити в повному розмірі',
};

const ru: AttachStrings = {
  uploading: 'Отправляем {name}',
  cancel: 'Отменить',
  dismiss: 'Закрыть',
  tooLarge: '«{name}» слишком большой, чтобы его отправить.',
  type: '«{name}» нельзя отправить: разрешены только изображения, PDF, текст и офисные документы.',
  tooMany: 'Вы отправляете много файлов. Попробуйте ещё раз через минуту.',
  closed: 'Чат завершён, поэтому «{name}» не отправлен.',
  failed: 'Не удалось отправить «{name}». Проверьте соединение и попробуйте ещё раз.',
  image: 'Изображение {name}: открыть в полном размере',
};

const de: AttachStrings = {
  uploading: '{name} wird gesendet',
  cancel: 'Abbrechen',
  dismiss: 'Schließen',
  tooLarge: '„{name}“ ist zu groß zum Senden.',
  type: '„{name}“ kann nicht gesendet werden: erlaubt sind nur Bilder, PDF, Text und Office-Dokumente.',
  tooMany: 'Sie senden viele Dateien. Bitte versuchen Sie es in einer Minute erneut.',
  closed: 'Der Chat ist beendet, daher wurde „{name}“ nicht gesendet.',
  failed: '„{name}“ konnte nicht gesendet werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  image: 'Bild {name}: in voller Größe öffnen',
};

const ALL: Record<string, AttachStrings> = { en, uk, ru, de };

/** The words for a UI language; English when the widget has no dictionary for it. */
export function attachStrings(language: string): AttachStrings {
  return ALL[language.toLowerCase().split('-')[0]!] ?? en;
}

/** Puts the file's name into a phrase (every phrase here names at most the file). */
export const withName = (phrase: string, name: string): string => phrase.replace('{name}', name);
