import { type Content, withLink } from '../auth/emails';

/** To the owner of a company whose unverified domain claim another company's proof disabled (F3). */
export function claimDisabledMail(appOrigin: string, ownerName: string, companyName: string, host: string, companyId: string): Content {
  const url = `${appOrigin}/companies/${encodeURIComponent(companyId)}/domains`;
  return {
    subject: `Your domain ${host} was disabled for ${companyName}`,
    ...withLink(
      ownerName,
      [
        `${companyName} had added ${host} to its widget domains without proving it owns the domain.`,
        'Another company has now proved it owns this domain, so the widget of your company no longer runs there.',
        'If you believe the domain is yours, check who can change its DNS records or its site: proving ownership takes one of them.',
      ],
      url,
      'Open your Domains page',
      'Nothing else in your company changed.',
    ),
  };
}

/** To a company's new notification email: confirm before offline messages are sent there (F2, F14). */
export function notificationEmailConfirmMail(appOrigin: string, companyName: string, token: string): Content {
  const url = `${appOrigin}/confirm-notification-email?token=${encodeURIComponent(token)}`;
  return {
    subject: `Confirm offline messages of ${companyName} to this address`,
    ...withLink(
      'there',
      [
        `The owner of ${companyName} on Parley asked to send the company's offline messages (what website visitors write while nobody is online) to this address.`,
        'Please confirm by opening this link (it works once, for 7 days):',
      ],
      url,
      'Confirm this address',
      'If you don’t expect this, ignore this mail: nothing will be sent to you.',
    ),
  };
}
