const ADDRESS_SAFE = /[^A-Za-z0-9@._+-]/g;

/**
 * A `mailto:` link answering a visitor: to their address, subject "Re: <theme>" (not doubled when
 * the theme already starts with "Re:"). Every part is percent-encoded, so nothing the visitor
 * typed can add headers or recipients (RFC 6068).
 */
export function replyMailto(email: string, theme: string): string {
  const subject = /^re:/i.test(theme.trim()) ? theme.trim() : `Re: ${theme.trim()}`;
  const to = email.replace(ADDRESS_SAFE, (ch) => encodeURIComponent(ch));
  return `mailto:${to}?subject=${encodeURIComponent(subject)}`;
}
