import { Show } from 'solid-js';
import type { ChatRating } from '../../../../common/protocol';

/** The visitor's rating of a chat (F21): a good/bad badge and the comment, if any. */
export function RatingBadge(props: { rating: ChatRating; comment?: boolean }) {
  return (
    <span class="rating">
      <span class={`badge rating-${props.rating.rating}`}>{props.rating.rating === 'good' ? 'Good' : 'Bad'}</span>
      <Show when={props.comment !== false && props.rating.comment}>{(text) => <q class="rating-comment">{text()}</q>}</Show>
    </span>
  );
}
