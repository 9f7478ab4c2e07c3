import type { CompanySettingsBody, WidgetPosition } from '../../../../../common/schemas/company';

/** The settings form's fields as the inputs hold them (text for numbers and optional emails). */
export interface SettingsDraft {
  name: string;
  notificationEmail: string;
  offlineFormEnabled: boolean;
  maxChatsPerOperator: string;
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
  greeting: string;
  color: string;
  position: WidgetPosition;
}): SettingsDraft {
  return {
    name: s.name,
    notificationEmail: s.notificationEmail ?? '',
    offlineFormEnabled: s.offlineFormEnabled,
    maxChatsPerOperator: String(s.maxChatsPerOperator),
    greeting: s.greeting,
    color: s.color,
    position: s.position,
  };
}

/**
 * The PATCH body for a draft. An empty notification email clears it; a blank or non-numeric
 * "max chats" becomes NaN so the shared schema rejects it with its own message.
 */
export function settingsBody(draft: SettingsDraft): CompanySettingsBody {
  const max = draft.maxChatsPerOperator.trim();
  return {
    name: draft.name,
    notificationEmail: draft.notificationEmail.trim() === '' ? null : draft.notificationEmail,
    offlineFormEnabled: draft.offlineFormEnabled,
    maxChatsPerOperator: max === '' ? Number.NaN : Number(max),
    greeting: draft.greeting,
    color: draft.color,
    position: draft.position,
  };
}
