import { createSignal, Show } from 'solid-js';
import { FormError } from '../../components/form';
import { api, call } from '../../lib/api';
import { errorMessage } from '../companies/shared/error-message';

/**
 * The owner's GDPR actions for one visitor: download everything the company holds about them,
 * or erase it. Erasing asks once more, since it cannot be undone.
 */
export function VisitorDataActions(props: { companyId: string; visitorId: string; onErased: () => void }) {
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  // A plain link, so the browser downloads the JSON itself (the client's $url needs an absolute base).
  const exportUrl = () => `/api/companies/${encodeURIComponent(props.companyId)}/visitors/${encodeURIComponent(props.visitorId)}/export`;

  async function erase() {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.api.companies[':companyId'].visitors[':visitorId'].$delete({
          param: { companyId: props.companyId, visitorId: props.visitorId },
        }),
      );
      props.onErased();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <div class="visitor-data-actions">
      <a class="button secondary" href={exportUrl()} download={`visitor-${props.visitorId}.json`}>
        Download visitor data
      </a>
      <Show
        when={confirming()}
        fallback={
          <button type="button" class="secondary" onClick={() => setConfirming(true)}>
            Erase visitor data…
          </button>
        }
      >
        <button type="button" class="danger" disabled={busy()} onClick={erase}>
          Erase all of this visitor's chats
        </button>
        <button type="button" class="secondary" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </Show>
      <FormError message={error()} />
    </div>
  );
}
