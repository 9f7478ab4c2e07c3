import type { BusyBehaviour } from '../../../../../common/schemas/company';
import type { Company } from '../shared/types';

const BUSY_VIEW: Record<BusyBehaviour, string> = {
  queue: 'Visitors queue and see the expected wait',
  offline_form: 'Visitors get the offline form',
  hide: 'The widget hides',
};

/** Settings as an operator sees them: read-only, with who may change them. */
export function SettingsView(props: { company: Company }) {
  return (
    <>
      <p class="notice notice-info">Only the company’s owner can change these settings.</p>
      <dl class="facts">
        <dt>Company name</dt>
        <dd>{props.company.name}</dd>
        <dt>Notification email</dt>
        <dd>{props.company.notificationEmail ?? 'Not set'}</dd>
        <dt>Offline form</dt>
        <dd>{props.company.offlineFormEnabled ? 'On' : 'Off'}</dd>
        <dt>Chat rating</dt>
        <dd>{props.company.ratingEnabled ? 'On' : 'Off'}</dd>
        <dt>Show visitors' typing to operators</dt>
        <dd>{props.company.typingPreviewEnabled ? 'On' : 'Off'}</dd>
        <dt>Max concurrent chats per operator</dt>
        <dd>{props.company.maxChatsPerOperator}</dd>
        <dt>New chats per minute</dt>
        <dd>{props.company.newChatsPerMinute}</dd>
        <dt>When every operator is busy</dt>
        <dd>{BUSY_VIEW[props.company.busyBehaviour]}</dd>
        <dt>Maximum queue length</dt>
        <dd>{props.company.maxQueueLength}</dd>
        <dt>Largest file in chats</dt>
        <dd>{props.company.attachmentMaxMegabytes} MB</dd>
        <dt>Widget greeting</dt>
        <dd>{props.company.greeting || 'None'}</dd>
        <dt>Widget colour</dt>
        <dd>
          <span class="swatch" style={{ background: props.company.color }} aria-hidden="true" /> {props.company.color}
        </dd>
        <dt>Widget position</dt>
        <dd>{props.company.position === 'right' ? 'Bottom right' : 'Bottom left'}</dd>
      </dl>
    </>
  );
}
