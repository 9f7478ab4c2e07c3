import { A } from '@solidjs/router';
import { QueryState } from '../../../components/query-state';
import { createQueryData } from '../../../lib/query-cache';
import { useCompany } from '../company-area/company-context';
import { companyPath } from '../company-area/company-nav';
import { getWidgetCode } from '../shared/queries';
import { CopyButton } from './copy-button';

/** Company → Widget → Code (F8): the one script tag for the site's `<head>`. */
export default function WidgetCodePage() {
  const { companyId } = useCompany();
  const code = createQueryData(getWidgetCode, companyId);
  let box!: HTMLTextAreaElement;
  return (
    <>
      <h2 class="page-title">Widget code</h2>
      <div class="card">
        <ol class="instructions">
          <li>Copy the code below.</li>
          <li>
            Paste it into the <code>&lt;head&gt;</code> tag of your landing pages, on a domain listed in{' '}
            <A href={companyPath(companyId, 'domains')}>Domains</A>.
          </li>
        </ol>
        <QueryState data={code} what="the widget code" keys={code.key}>
          {(answer) => (
            <>
              <label for="widget-snippet" class="sr-only">
                Widget code
              </label>
              <textarea
                id="widget-snippet"
                ref={box}
                class="code-box"
                readonly
                rows={3}
                spellcheck={false}
                value={answer().snippet}
                onFocus={(e) => e.currentTarget.select()}
              />
              <div class="form-actions">
                <CopyButton
                  text={() => answer().snippet}
                  label="Copy code"
                  fallback={() => {
                    box.focus();
                    box.select();
                  }}
                />
              </div>
            </>
          )}
        </QueryState>
        <p class="hint">
          The widget loads asynchronously, so it never slows your page down. If it doesn’t appear, finish the setup steps on the{' '}
          <A href={companyPath(companyId)}>Overview</A> and go online on the chat page.
        </p>
      </div>
    </>
  );
}
