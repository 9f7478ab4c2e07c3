// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { VisitorRate } from '../../../../../common/protocol/rating';
import { h } from '../dom';
import { askRating } from './ask';

/** The ended chat's box with the form drawn into it; `connected` is what the socket's send answers. */
function drawn(language: string, connected: () => boolean) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const box = h(
    'div',
    { class: 'in' },
    h('p', { role: 'status' }, 'The chat has ended.'),
    h('button', { class: 'pr' }, 'Start a new chat'),
  );
  root.append(box);
  const sent: VisitorRate[] = [];
  askRating({
    h,
    root,
    box,
    language,
    chatId: 'c1',
    send: (f) => {
      sent.push(f);
      return connected();
    },
  });
  const form = box.querySelector('form')!;
  const button = (name: string) => [...form.querySelectorAll('button')].find((b) => b.textContent === name)!;
  return { box, form, sent, button, comment: form.querySelector('textarea')! };
}

describe('"How was this chat?" (F21)', () => {
  it('sends the choice with the comment once one is picked, then thanks the visitor', () => {
    const { box, form, sent, button, comment } = drawn('en', () => true);
    // Drawn after the "ended" line, before the buttons that follow it.
    expect(box.children[1]).toBe(form);
    expect(form.querySelector('h3')?.textContent).toBe('How was this chat?');
    expect(button('Send rating').disabled).toBe(true);
    button('Bad').click();
    expect([button('Good').getAttribute('aria-pressed'), button('Bad').getAttribute('aria-pressed')]).toEqual(['false', 'true']);
    comment.value = '  Too slow.  ';
    form.requestSubmit();
    expect(sent).toEqual([{ type: 'rate', chatId: 'c1', rating: 'bad', comment: 'Too slow.' }]);
    expect(form.textContent).toBe('Thank you for rating this chat.');
  });

  it('keeps the form and says so when the socket is down, and speaks the UI language', () => {
    let up = false;
    const { form, sent, button } = drawn('uk', () => up);
    button('Добре').click();
    form.requestSubmit();
    expect(sent).toHaveLength(1);
    expect(form.querySelector('.al')?.textContent).toBe('Немає з’єднання. Спробуйте ще раз за мить.');
    up = true;
    form.requestSubmit();
    expect(form.textContent).toBe('Дякуємо за оцінку.');
  });
});
