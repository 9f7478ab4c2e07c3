import { html } from 'hono/html';
import type { PageStrings } from './strings';

/** What the form shows again after a refused post: the values as sent and the message per field. */
export interface FeedbackState {
  values?: { email?: string; message?: string; articleSlug?: string };
  errors?: Partial<Record<'email' | 'message' | 'articleSlug' | 'form', string>>;
  sent?: boolean;
}

export interface FeedbackFormProps {
  action: string;
  /** The page to come back to (its path), so a refused post is shown where it was written. */
  page: string;
  t: PageStrings;
  articles: readonly { slug: string; title: string }[];
  /** The article preselected (an article page, or a "no" vote). */
  articleSlug?: string | undefined;
  lead?: string | undefined;
  state: FeedbackState;
}

const fieldError = (id: string, message: string | undefined) =>
  message ? html`<p class="field-error" id="${id}-error">${message}</p>` : '';

const invalid = (message: string | undefined, id: string) => (message ? html` aria-invalid="true" aria-describedby="${id}-error"` : '');

/**
 * The feedback form (F16): a plain POST that works without JavaScript. `website` is the honeypot,
 * hidden from people (CSS and aria) and left out of the tab order, so only bots fill it.
 */
export function feedbackForm(p: FeedbackFormProps) {
  const { t, state } = p;
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  const selected = values.articleSlug ?? p.articleSlug ?? '';
  return html`<section class="feedback" id="feedback" aria-labelledby="feedback-title">
<h2 id="feedback-title">${t.feedbackTitle}</h2>
${p.lead ? html`<p>${p.lead}</p>` : ''}
${state.sent ? html`<p class="notice" role="status">${t.thanks}</p>` : ''}
${errors.form ? html`<p class="form-error" role="alert">${errors.form}</p>` : ''}
<form method="post" action="${p.action}" novalidate>
<input type="hidden" name="page" value="${p.page}">
<label for="fb-email">${t.email}</label>
<input id="fb-email" name="email" type="email" autocomplete="email" required maxlength="254" value="${values.email ?? ''}"${invalid(errors.email, 'fb-email')}>
${fieldError('fb-email', errors.email)}
<label for="fb-message">${t.message}</label>
<textarea id="fb-message" name="message" rows="5" required maxlength="5000"${invalid(errors.message, 'fb-message')}>${values.message ?? ''}</textarea>
${fieldError('fb-message', errors.message)}
${
  p.articles.length > 0
    ? html`<label for="fb-article">${t.about}</label>
<select id="fb-article" name="articleSlug"${invalid(errors.articleSlug, 'fb-article')}>
<option value="">${t.aboutNone}</option>
${p.articles.map((a) => html`<option value="${a.slug}"${a.slug === selected ? ' selected' : ''}>${a.title}</option>`)}
</select>
${fieldError('fb-article', errors.articleSlug)}`
    : ''
}
<div class="hp" aria-hidden="true"><label for="fb-website">Website</label><input id="fb-website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
<button type="submit">${t.send}</button>
</form>
</section>`;
}
