import { Show } from 'solid-js';
import { useCompany } from '../company-area/company-context';

/** Company → Widget → Test chat (F8): where the company's own widget will run for its owner. */
export default function TestChatPage() {
  const { company } = useCompany();
  return (
    <>
      <h2 class="page-title">Test chat</h2>
      <div class="card">
        <Show when={company.data()}>
          {(c) => <p>{c().name}’s widget will run on this page, so you can chat as a visitor would without a website of your own; it isn’t available yet.</p>}
        </Show>
      </div>
    </>
  );
}
