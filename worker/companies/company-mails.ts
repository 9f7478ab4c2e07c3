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
