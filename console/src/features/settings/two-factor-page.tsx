import { revalidate } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { Notice } from '../../components/form';
import { QueryState } from '../../components/query-state';
import { createQueryData } from '../../lib/query-cache';
import { useSession } from '../../lib/session';
import { getTwoFactorStatus } from './queries';
import { RecoveryCodes } from './recovery-codes';
import { TwoFactorManage } from './two-factor-manage';
import { TwoFactorSetup } from './two-factor-setup';

/**
 * Settings → Two-factor authentication (SPEC S): off (set it up), setting up, on (new recovery
 * codes, turn off); fresh recovery codes show once in between.
 */
export default function TwoFactorPage() {
  document.title = 'Two-factor authentication · Parley';
  const { me } = useSession();
  const status = createQueryData(getTwoFactorStatus);
  const [settingUp, setSettingUp] = createSignal(false);
  const [freshCodes, setFreshCodes] = createSignal<string[] | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);

  const showCodes = (codes: string[]) => {
    setSettingUp(false);
    setNotice(null);
    setFreshCodes(codes);
  };

  const codesSaved = () => {
    setFreshCodes(null);
    void revalidate(status.key);
  };

  return (
    <section class="card settings-form" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">Two-factor authentication</h2>
      <p class="hint">
        With it on, logging in takes your password and a code from an app on your phone, so a stolen password alone is not enough.
      </p>
      <QueryState data={status} what="your two-factor settings" keys={status.key}>
        {(current) => (
          <Switch>
            <Match when={freshCodes()}>{(codes) => <RecoveryCodes codes={codes()} email={me()?.email ?? ''} onDone={codesSaved} />}</Match>
            <Match when={settingUp()}>
              <TwoFactorSetup onEnabled={showCodes} onCancel={() => setSettingUp(false)} />
            </Match>
            <Match when={current().enabled}>
              <TwoFactorManage
                status={current()}
                onNewCodes={showCodes}
                onDisabled={(off) => {
                  status.write(off);
                  setNotice('Two-factor authentication is off.');
                }}
              />
            </Match>
            <Match when={!current().enabled}>
              <Show when={notice()}>
                <Notice kind="info">{notice()}</Notice>
              </Show>
              <p>Two-factor authentication is off.</p>
              <div class="form-actions">
                <button
                  type="button"
                  class="primary"
                  onClick={() => {
                    setNotice(null);
                    setSettingUp(true);
                  }}
                >
                  Set up two-factor authentication
                </button>
              </div>
            </Match>
          </Switch>
        )}
      </QueryState>
    </section>
  );
}
