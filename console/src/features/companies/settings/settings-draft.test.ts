import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { CompanySettingsBodySchema } from '../../../../../common/schemas/company';
import { draftFromSettings, settingsBody } from './settings-draft';

const settings = {
  name: 'Acme',
  notificationEmail: null,
  offlineFormEnabled: true,
  ratingEnabled: true,
  typingPreviewEnabled: false,
  maxChatsPerOperator: 3,
  newChatsPerMinute: 600,
  busyBehaviour: 'queue' as const,
  maxQueueLength: 200,
  greeting: 'Hi!',
  color: '#2563eb',
  position: 'right' as const,
  retentionDays: 365,
  attachmentMaxMegabytes: 10,
  timeZone: 'Europe/Kyiv',
};

describe('settings draft', () => {
  test('round-trips a company into a body the shared schema accepts', () => {
    const draft = draftFromSettings(settings);
    expect(draft.notificationEmail).toBe('');
    expect(draft.maxChatsPerOperator).toBe('3');
    const body = settingsBody(draft);
    expect(body).toEqual({ ...settings, notificationEmail: null });
    expect(v.safeParse(CompanySettingsBodySchema, body).success).toBe(true);
  });

  test('a blank or non-numeric max chats or retention is rejected by the schema, not silently zero', () => {
    for (const input of ['', '  ', 'abc']) {
      for (const field of ['maxChatsPerOperator', 'retentionDays', 'maxQueueLength', 'attachmentMaxMegabytes'] as const) {
        const body = settingsBody({ ...draftFromSettings(settings), [field]: input });
        expect(v.safeParse(CompanySettingsBodySchema, body).success, `${field}: '${input}'`).toBe(false);
      }
    }
  });

  test('a time zone must be one the runtime knows', () => {
    const body = (timeZone: string) => settingsBody({ ...draftFromSettings(settings), timeZone });
    expect(v.parse(CompanySettingsBodySchema, body(' America/New_York ')).timeZone).toBe('America/New_York');
    expect(v.safeParse(CompanySettingsBodySchema, body('Europe/Atlantis')).success).toBe(false);
    expect(v.safeParse(CompanySettingsBodySchema, body('')).success).toBe(false);
  });

  test('a notification email is sent as typed (the schema trims and checks it)', () => {
    const body = settingsBody({ ...draftFromSettings(settings), notificationEmail: ' ops@acme.test ' });
    expect(v.parse(CompanySettingsBodySchema, body).notificationEmail).toBe('ops@acme.test');
  });
});
