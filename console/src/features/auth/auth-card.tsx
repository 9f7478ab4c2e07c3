import { A } from '@solidjs/router';
import { createEffect, type JSX, type ParentProps, Show } from 'solid-js';

/**
 * The frame of every public account page: the brand, one card with a heading, and an optional
 * footer of links (e.g. "No account yet? Sign up"). Also names the browser tab.
 */
export function AuthCard(props: ParentProps<{ title: string; footer?: JSX.Element }>) {
  createEffect(() => (document.title = `${props.title} · Parley`));
  return (
    <main class="auth-page">
      <A href="/" class="brand auth-brand">
        Parley
      </A>
      <section class="card" aria-labelledby="auth-title">
        <h1 id="auth-title">{props.title}</h1>
        {props.children}
      </section>
      <Show when={props.footer}>
        <p class="auth-footer">{props.footer}</p>
      </Show>
    </main>
  );
}
