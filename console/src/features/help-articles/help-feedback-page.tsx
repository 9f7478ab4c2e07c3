import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { QueryState } from '../../components/query-state';
import { createQueryData } from '../../lib/query-cache';
import { useHelpScope } from './help-scope';
import { getHelpFeedback, getHelpVotes } from './queries';
import './help-articles.css';

/** Votes per article and the feedback form's messages, newest first. */
export default function HelpFeedbackPage() {
  const scope = useHelpScope();
  const votes = createQueryData(getHelpVotes, scope.companyId);
  const feedback = createQueryData(getHelpFeedback, scope.companyId);
  return (
    <>
      <p>
        <A href={scope.base}>← {scope.companyId ? 'Help center' : 'Help articles'}</A>
      </p>
      <h2 class="page-title">Votes and feedback</h2>
      <div class="card">
        <h3>Was this helpful?</h3>
        <QueryState data={votes} what="votes" keys={votes.key}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="help-muted">No votes yet.</p>}>
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Article</th>
                      <th scope="col">Yes</th>
                      <th scope="col">No</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={list()}>
                      {(v) => (
                        <tr>
                          <td>
                            <A href={`${scope.base}/${v.slug}`}>{v.slug}</A>
                          </td>
                          <td>{v.helpful}</td>
                          <td>{v.notHelpful}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
          )}
        </QueryState>
      </div>
      <div class="card">
        <h3>Feedback</h3>
        <QueryState data={feedback} what="feedback" keys={feedback.key}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="help-muted">No feedback yet.</p>}>
              <ul class="help-feedback">
                <For each={list()}>
                  {(f) => (
                    <li>
                      <p>
                        <a href={`mailto:${f.email}`}>{f.email}</a>
                        <Show when={f.articleSlug}>
                          {(slug) => (
                            <>
                              {' about '}
                              <A href={`${scope.base}/${slug()}`}>{slug()}</A>
                            </>
                          )}
                        </Show>{' '}
                        <time class="help-muted" datetime={f.createdAt}>
                          {new Date(f.createdAt).toLocaleString()}
                        </time>
                        <Show when={!f.mailedAt}>
                          <Show when={f.mailFailed} fallback={<span class="badge">Not mailed yet</span>}>
                            <span class="badge delivery-danger">Mail failed</span>
                          </Show>
                        </Show>
                      </p>
                      <p class="help-message">{f.message}</p>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </QueryState>
      </div>
    </>
  );
}
