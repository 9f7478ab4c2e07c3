import { formatMoney } from '../../common/billing/money';
import { escapeHtml } from '../mail/html';
import type { Mail } from '../mail/message';

type Content = Omit<Mail, 'to' | 'replyTo'>;

const day = (at: Date) => at.toUTCString().slice(0, 16);

function compose(name: string, lines: string[], link: { url: string; label: string }): Pick<Content, 'text' | 'html'> {
  const text = [`Hello ${name},`, '', ...lines, '', `${link.label}: ${link.url}`, '', '— Parley'].join('\n');
  const html = [
    `<p>Hello ${escapeHtml(name)},</p>`,
    ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`,
    '<p>— Parley</p>',
  ].join('\n');
  return { text, html };
}

export interface ReceiptInput {
  ownerName: string;
  companyName: string;
  planName: string;
  operators: number;
  months: number;
  amountCents: number;
  currency: string;
  paymentId: string;
  paidAt: Date;
  paidUntil: Date;
  planUrl: string;
}

/** The receipt mailed to the owner after each successful payment (F15). */
export function receiptMail(r: ReceiptInput): Content {
  const amount = formatMoney(r.amountCents, r.currency);
  const seats = r.operators === 1 ? '1 operator' : `${r.operators} operators`;
  const months = r.months === 1 ? '1 month' : `${r.months} months`;
  return {
    subject: `Receipt: ${amount} for ${r.companyName} on Parley`,
    ...compose(
      r.ownerName,
      [
        `Thank you for your payment. Receipt ${r.paymentId}, ${day(r.paidAt)}:`,
        `${r.planName} plan, ${seats}, ${months}: ${amount}.`,
        `${r.companyName} is paid until ${day(r.paidUntil)}.`,
      ],
      { url: r.planUrl, label: 'Plan and receipts' },
    ),
  };
}

/** The warning mailed 3 days before the paid period ends. */
export function reminderMail(ownerName: string, companyName: string, paidUntil: Date, planUrl: string): Content {
  return {
    subject: `${companyName}: your Parley plan ends on ${day(paidUntil)}`,
    ...compose(
      ownerName,
      [
        `The paid period of ${companyName} ends on ${day(paidUntil)}.`,
        'After that the company falls back to Free limits: one operator can go online. Nobody is removed.',
        'Pay for more months to keep every operator online.',
      ],
      { url: planUrl, label: 'Renew the plan' },
    ),
  };
}

/** The notice mailed when the paid period has ended. */
export function endedMail(ownerName: string, companyName: string, paidUntil: Date, planUrl: string): Content {
  return {
    subject: `${companyName}: your Parley plan has ended`,
    ...compose(
      ownerName,
      [
        `The paid period of ${companyName} ended on ${day(paidUntil)}.`,
        'The company now has Free limits: only the owner can go online. Operators and their settings are kept.',
        'Renew to bring every operator back online.',
      ],
      { url: planUrl, label: 'Renew the plan' },
    ),
  };
}
