import type { CompanySettingsBody, WidgetPosition } from '../../../../../common/schemas/company';

/** The settings form's fields as the inputs hold them (text for numbers and optional emails). */
export interface SettingsDraft {
  name: string;
  notificationEmail: string;
  offlineFormEnabled: boolean;
  maxChatsPerOperator: string;
  newChatsPerMinute: string;
  greeting: string;
  color: string;
  position: WidgetPosition;
}

/** The form's starting values from a company's settings. */
export function draftFromSettings(s: {
  name: string;
  notificationEmail: string | null;
  offlineFormEnabled: boolean;
  maxChatsPerOperator: number;
  newChatsPerMinute: number;
  greeting: string;
  color: string;
  position: WidgetPosition;
}): SettingsDraft {
  return {
    name: s.name,
    notificationEmail: s.notificationEmail ?? '',
    offlineFormEnabled: s.offlineFormEnabled,
    maxChatsPerOperator: String(s.maxChatsPerOperator),
    newChatsPerMinute: String(s.newChatsPerMinute),
    greeting: s.greeting,
    color: s.color,
    position: s.position,
  };
}

/**
 * The PATCH body for a draft. An empty notification email clears it; a blank or non-numeric
 * number becomes NaN so the shared schema rejects it with its own message.
 */
export function settingsBody(draft: SettingsDraft): CompanySettingsBody {
  const number = (raw: string) => (raw.trim() === '' ? Number.NaN : Number(raw.trim()));
  return {
    name: draft.name,
    notificationEmail: draft.notificationEmail.trim() === '' ? null : draft.notificationEmail,
    offlineFormEnabled: draft.offlineFormEnabled,
    maxChatsPerOperator: number(draft.maxChatsPerOperator),
    newChatsPerMinute: number(draft.newChatsPerMinute),
    greeting: draft.greeting,
    color: draft.color,
    position: draft.position,
  };
}
