/** http(s) URLs up to whitespace or a closing bracket/quote, without trailing sentence punctuation. */
const URL_PATTERN = /https?:\/\/[^\s<>"'()[\]]+/g;

/** The links a mail's text carries, in order and without duplicates (the dev mailbox shows them). */
export function extractLinks(text: string): string[] {
  const found = (text.match(URL_PATTERN) ?? []).map((url) => url.replace(/[.,;:!?]+$/, ''));
  return [...new Set(found)];
}
