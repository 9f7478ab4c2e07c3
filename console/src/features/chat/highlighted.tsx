import { For } from 'solid-js';
import { highlightParts } from './highlight';

/** `text` with each occurrence of `query` in a <mark>, built as text nodes (never HTML). */
export function Highlighted(props: { text: string; query: string }) {
  return <For each={highlightParts(props.text, props.query)}>{(part) => (part.match ? <mark>{part.text}</mark> : part.text)}</For>;
}
