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

/** To a person invited to serve a company as an operator (F6): the invitation waits in their Settings. */
export function invitationMail(appOrigin: string, inviteeName: string, inviterName: string, companyName: string): Content {
  return {
    subject: `${inviterName} invited you to answer chats for ${companyName}`,
    ...withLink(
      inviteeName,
      [
        `${inviterName} invited you to be an operator of ${companyName} on Parley: you would answer the chats of its website's visitors.`,
        'The invitation waits for you in Settings → Operator companies, where you can accept or decline it:',
      ],
      `${appOrigin}/settings/companies`,
      'Open your invitations',
      'If you don’t expect this, decline it there or ignore this mail: nothing changes until you accept.',
    ),
  };
}
