import type { Db } from '../../db/client';
import { sendMail } from '../mail/mailer';
import { findPlan } from './catalogue';
import { receiptMail } from './emails';
import { ownerContact, planPageUrl } from './owner-mail';
import type { PaymentRow } from './webhook-events';

/** Mails the owner the receipt of a payment just applied; a failed send is logged, the payment stands. */
export async function sendReceipt(env: Env, db: Db, payment: PaymentRow, paidUntil: number, now: number): Promise<void> {
  const [owner, plan] = await Promise.all([ownerContact(db, payment.companyId), findPlan(db, payment.plan)]);
  if (!owner) return;
  try {
    await sendMail(env, {
      to: owner.ownerEmail,
      ...receiptMail({
        ownerName: owner.ownerName,
        companyName: owner.companyName,
        planName: plan?.name ?? payment.plan,
        operators: payment.operators,
        months: payment.months,
        amountCents: payment.amountCents,
        currency: payment.currency,
        paymentId: payment.id,
        paidAt: new Date(now),
        paidUntil: new Date(paidUntil),
        planUrl: planPageUrl(env.APP_ORIGIN, payment.companyId),
      }),
    });
  } catch (err) {
    console.error('billing receipt not delivered', payment.id, err);
  }
}
