import { For } from 'solid-js';

const NAMES: Record<string, string> = { en: 'English', uk: 'Українська' };

/** The language tabs of the help list and editor. */
export function LangTabs(props: { langs: readonly string[]; value: string; onChange: (lang: string) => void; label: string }) {
  return (
    <div class="tabs help-tabs" role="tablist" aria-label={props.label}>
      <For each={props.langs}>
        {(lang) => (
          <button
            type="button"
            role="tab"
            class="tab"
            classList={{ active: props.value === lang }}
            aria-selected={props.value === lang}
            onClick={() => props.onChange(lang)}
          >
            {NAMES[lang] ?? lang}
          </button>
        )}
      </For>
    </div>
  );
}
