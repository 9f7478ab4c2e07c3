import { For, Show } from 'solid-js';
import { isPending } from '../shared/pending';
import type { Language } from '../shared/types';
import { languageName } from './language-names';

/** The company's languages with the default marked; the owner may change the default or remove one. */
export function LanguageList(props: {
  languages: readonly Language[];
  canEdit: boolean;
  onMakeDefault: (language: Language) => void;
  onRemove: (language: Language) => void;
}) {
  return (
    <Show when={props.languages.length > 0} fallback={<p class="empty">No languages yet. Add the languages your operators answer in.</p>}>
      <ul class="item-list" aria-label="Languages">
        <For each={props.languages}>
          {(language) => (
            <li class="item" aria-busy={isPending(language)}>
              <span class="item-main">
                <code>{language.code}</code> {languageName(language.code)}
                <Show when={language.isDefault}>
                  {' '}
                  <span class="badge">Default</span>
                </Show>
              </span>
              <Show when={props.canEdit && !isPending(language)}>
                <Show when={!language.isDefault}>
                  <button
                    type="button"
                    onClick={() => props.onMakeDefault(language)}
                    aria-label={`Make ${languageName(language.code)} the default`}
                  >
                    Make default
                  </button>
                </Show>
                <button
                  type="button"
                  class="danger"
                  onClick={() => props.onRemove(language)}
                  aria-label={`Remove ${languageName(language.code)}`}
                >
                  Remove
                </button>
              </Show>
              <Show when={isPending(language)}>
                <span class="hint">Saving…</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
