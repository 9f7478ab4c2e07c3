import type { BusyBehaviour, CompanySettingsBody, WidgetPosition } from '../../../../../common/schemas/company';

/** The settings form's fields as the inputs hold them (text for numbers and optional emails). */
export interface SettingsDraft {
  name: string;
  notificationEmail: string;
  offlineFormEnabled: boolean;
  ratingEnabled: boolean;
  typingPreviewEnabled: boolean;
  maxChatsPerOperator: string;
  newChatsPerMinute: string;
  busyBehaviour: BusyBehaviour;
  maxQueueLength: string;
  greeting: string;
  color: string;
  position: WidgetPosition;
  retentionDays: string;
  attachmentMaxMegabytes: string;
  timeZone: string;
}

/** The form's starting values from a company's settings. */
export function draftFromSettings(s: {
  name: string;
  notificationEmail: string | null;
  offlineFormEnabled: boolean;
  ratingEnabled: boolean;
  typingPreviewEnabled: boolean;
  maxChatsPerOperator: number;
  newChatsPerMinute: number;
  busyBehaviour: BusyBehaviour;
  maxQueueLength: number;
  greeting: string;
  color: string;
  position: WidgetPosition;
  retentionDays: number;
  attachmentMaxMegabytes: number;
  timeZone: string;
}): SettingsDraft {
  return {
    name: s.name,
    notificationEmail: s.notificationEmail ?? '',
    offlineFormEnabled: s.offlineFormEnabled,
    ratingEnabled: s.ratingEnabled,
    typingPreviewEnabled: s.typingPreviewEnabled,
    maxChatsPerOperator: String(s.maxChatsPerOperator),
    newChatsPerMinute: String(s.newChatsPerMinute),
    busyBehaviour: s.busyBehaviour,
    maxQueueLength: String(s.maxQueueLength),
    greeting: s.greeting,
    color: s.color,
    position: s.position,
    retentionDays: String(s.retentionDays),
    attachmentMaxMegabytes: String(s.attachmentMaxMegabytes),
    timeZone: s.timeZone,
  };
}

/** A number field's text as the schema checks it: blank or non-numeric becomes NaN, refused with the schema's message. */
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

/** The PATCH body for a draft. An empty notification email clears it. */
export function settingsBody(draft: SettingsDraft): CompanySettingsBody {
  return {
    name: draft.name,
    notificationEmail: draft.notificationEmail.trim() === '' ? null : draft.notificationEmail,
    offlineFormEnabled: draft.offlineFormEnabled,
    ratingEnabled: draft.ratingEnabled,
    typingPreviewEnabled: draft.typingPreviewEnabled,
    maxChatsPerOperator: numberOf(draft.maxChatsPerOperator),
    newChatsPerMinute: numberOf(draft.newChatsPerMinute),
    busyBehaviour: draft.busyBehaviour,
    maxQueueLength: numberOf(draft.maxQueueLength),
    greeting: draft.greeting,
    color: draft.color,
    position: draft.position,
    retentionDays: numberOf(draft.retentionDays),
    attachmentMaxMegabytes: numberOf(draft.attachmentMaxMegabytes),
    timeZone: draft.timeZone,
  };
}
