import { A } from '@solidjs/router';
import { onCleanup, onMount, Show } from 'solid-js';
import { QueryState } from '../../../components/query-state';
import { createQueryData } from '../../../lib/query-cache';
import { useCompany } from '../company-area/company-context';
import { companyPath } from '../company-area/company-nav';
import { getWidgetCode } from '../shared/queries';

/**
 * A blank page running the company's snippet, shown in a frame. The frame is `srcdoc`, so the
 * widget runs as on a customer's site (its own document, its own `window.Parley`) and leaves
 * nothing behind when the owner navigates away; its requests carry the console's origin and
 * session, which is how the server knows it is the company's own test chat.
 */
function testPage(snippet: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${snippet}</head><body></body></html>`;
}

/** The frame is never shorter than this, whatever the window: room for the widget's panel. */
const MIN_FRAME_PX = 420;
/** Space kept below the frame, inside the window. */
const GAP_BELOW_PX = 16;

/**
 * The frame with the widget, as tall as the window leaves room for (a 1280×800 screen shows the
 * whole widget, its open panel included, without scrolling the console), and following resizes.
 */
function TestChatFrame(props: { snippet: string }) {
  let frame!: HTMLIFrameElement;
  const fillWindow = () => {
    const top = frame.getBoundingClientRect().top + window.scrollY;
    frame.style.height = `${Math.max(MIN_FRAME_PX, Math.floor(window.innerHeight - top - GAP_BELOW_PX))}px`;
  };
  onMount(() => {
    fillWindow();
    window.addEventListener('resize', fillWindow);
    onCleanup(() => window.removeEventListener('resize', fillWindow));
  });
  return <iframe ref={frame} class="test-chat-frame" title="Your widget, as a visitor sees it" srcdoc={testPage(props.snippet)} />;
}

/** Company → Widget → Test chat (F8): the company's widget, exactly as a visitor sees it. */
export default function TestChatPage() {
  const { companyId, company } = useCompany();
  const code = createQueryData(getWidgetCode, companyId);
  return (
    <>
      <h2 class="page-title">Test chat</h2>
      <div class="card">
        <p class="hint">
          This frame is a page with your widget installed. The widget appears when an operator who serves your language is online on the
          chat page (or, with nobody online, as the offline form when it is on in <A href={companyPath(companyId, 'settings')}>Settings</A>
          ).
        </p>
        <Show when={(company()?.operatorLimit ?? 1) <= 1}>
          <p class="hint" data-testid="test-chat-plan-note">
            Your plan lets one operator be online at a time (the owner first), so colleagues beyond it don’t make the widget appear.{' '}
            <A href={companyPath(companyId, 'plan')}>See the plan</A>
          </p>
        </Show>
        <QueryState data={code} what="the widget" keys={code.key}>
          {(answer) => <TestChatFrame snippet={answer().snippet} />}
        </QueryState>
      </div>
    </>
  );
}
