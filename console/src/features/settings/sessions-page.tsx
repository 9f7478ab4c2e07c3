import { createSignal, Show } from 'solid-js';
import { FormError, Notice } from '../../components/form';
import { QueryState } from '../../components/query-state';
import { api, call } from '../../lib/api';
import { createQueryData } from '../../lib/query-cache';
import { useSession } from '../../lib/session';
import { describeUserAgent } from '../chat/user-agent';
import { errorMessage } from '../companies/shared/error-message';
import { getSessions } from './queries';
import { type SessionItem, SessionList } from './session-list';

/**
 * Settings → Sessions (SPEC S): where the account is signed in, and "log out this one". Logging
 * a session out closes its open chat pages at once; logging out this browser signs you out.
 */
export default function SessionsPage() {
  document.title = 'Sessions · Parley';
  const { setMe } = useSession();
  const sessions = createQueryData(getSessions);
  const cell = sessions;
  const [error, setError] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);

  const logOut = async (session: SessionItem) => {
    setError(null);
    setNotice(null);
    try {
      await call(api.api.me.sessions[':sessionId'].$delete({ param: { sessionId: session.id } }));
    } catch (err) {
      setError(`Couldn’t log out ${describeUserAgent(session.userAgent)}: ${errorMessage(err)}`);
      return;
    }
    if (session.current) return setMe(null);
    cell.write((cell.read() ?? []).filter((s) => s.id !== session.id));
    setNotice(`Logged out ${describeUserAgent(session.userAgent)}.`);
  };

  return (
    <section class="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Where you’re signed in</h2>
      <p class="hint">Log out a browser you no longer use; its open chat pages close at once.</p>
      <FormError message={error()} />
      <Show when={notice()}>
        <Notice kind="success">{notice()}</Notice>
      </Show>
      <QueryState data={sessions} what="your sessions" keys={sessions.key}>
        {(list) => <SessionList sessions={list()} onLogOut={(session) => void logOut(session)} />}
      </QueryState>
    </section>
  );
}
