/** The marks' words (F21), in the receipts chunk so the first-message budget keeps its room. */
const en = { delivered: 'Delivered', seen: 'Seen' };
export type ReceiptStrings = typeof en;

/** Every widget UI language has its marks' words (the dictionaries in widget/src/i18n). */
export const RECEIPT_STRINGS: Record<string, ReceiptStrings> = {
  en,
  uk: { delivered: 'Доставлено', seen: 'Переглянуто' },
  ru: { delivered: 'Доставлено', seen: 'Просмотрено' },
  de: { delivered: 'Zugestellt', seen: 'Gesehen' },
};

/** The words for the widget's UI language (English when it has none of its own, as the dictionaries do). */
export const receiptStrings = (ui: string): ReceiptStrings => RECEIPT_STRINGS[ui.toLowerCase().split('-')[0]!] ?? en;
