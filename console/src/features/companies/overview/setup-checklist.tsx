import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { SetupChecklist as Checklist } from '../../../../../common/schemas/company';
import { companyPath } from '../company-area/company-nav';
import { SETUP_STEPS, setupProgress } from './setup-steps';

/**
 * The live setup checklist: each step ticked or linking to the page that does it. With Free
 * limits (`operatorLimit` 1) the operators step says the plan comes first (F15).
 */
export function SetupChecklist(props: { companyId: string; checklist: Checklist; operatorLimit: number }) {
  const progress = () => setupProgress(props.checklist);
  return (
    <div class="checklist">
      <div class="checklist-head">
        <h3 id="setup-title">Set up your company</h3>
        <span class="progress-label">
          {progress().done} of {progress().total} done
        </span>
      </div>
      <progress max={progress().total} value={progress().done} aria-labelledby="setup-title" />
      <ol class="steps" aria-labelledby="setup-title">
        <For each={SETUP_STEPS}>
          {(step) => {
            const done = () => props.checklist[step.key];
            return (
              <li class="step" classList={{ done: done(), next: progress().next === step }}>
                <span class="step-mark" aria-hidden="true">
                  {done() ? '✓' : ''}
                </span>
                <div class="step-text">
                  <strong>{step.title}</strong>
                  <span class="sr-only">{done() ? ' (done)' : ' (to do)'}</span>
                  <small class="hint">{step.hint}</small>
                  <Show when={step.key === 'operatorAdded' && props.operatorLimit <= 1}>
                    <small class="hint" data-testid="checklist-plan-note">
                      Your plan allows one operator: you. <A href={companyPath(props.companyId, 'plan')}>Upgrade the plan</A> to add
                      colleagues.
                    </small>
                  </Show>
                </div>
                <A href={companyPath(props.companyId, step.section)} class={done() ? 'step-link' : 'button step-link'}>
                  {done() ? 'Review' : step.action}
                </A>
              </li>
            );
          }}
        </For>
      </ol>
      <Show when={!progress().next}>
        <p class="notice notice-success" role="status">
          All set. Go online on the chat page to start receiving chats.
        </p>
      </Show>
    </div>
  );
}
