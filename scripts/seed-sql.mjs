// Builds the demo seed as SQL (idempotent: INSERT OR IGNORE), so `npm start` and e2e share one seed.
import { pbkdf2Sync, randomBytes } from 'node:crypto';

const b64url = (buf) => buf.toString('base64url');
const q = (s) => (s === null || s === undefined ? 'NULL' : `'${String(s).replaceAll("'", "''")}'`);
/** A billing month (common/billing/period.ts): the demo paid for 12 of them. */
const MONTH_MS = 30 * 24 * 60 * 60 * 1000;

/** Same format as worker/auth/password.ts, so the worker verifies it. */
export function hashPassword(password, iterations = 100_000) {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  return `pbkdf2-sha256$${iterations}$${b64url(salt)}$${b64url(hash)}`;
}

export const DEMO = {
  owner: { id: 'demo-owner', email: 'demo@parley.test', name: 'Demo Owner', password: 'demo-password-1' },
  /** A second verified account, already an operator of the demo company. */
  operator: { id: 'demo-operator', email: 'olena@parley.test', name: 'Olena', password: 'demo-password-2' },
  /** `shop.localhost` resolves to 127.0.0.1 in Chromium, so the widget runs on it locally. */
  company: { id: 'demo-company', name: 'Demo Shop', publicKey: 'demo-shop-key-4c7b1f0e9a2d6358', host: 'shop.localhost' },
  /** What the demo company bought: Standard ($9 per operator a month) for 5 operators, 12 months, paid through the local checkout. */
  payment: {
    id: 'demo-payment-1',
    ledgerId: 'demo-ledger-1',
    ref: 'cs_local_demo_seed',
    plan: 'standard',
    operators: 5,
    months: 12,
    amountCents: 900 * 5 * 12,
  },
  categories: { sales: { id: 'demo-category-sales', name: 'Sales' }, support: { id: 'demo-category-support', name: 'Support' } },
};

const FAST_RESPONSES = [
  { id: 'demo-fast-greet', nickname: 'greet', text: 'Hi! Thanks for contacting Demo Shop. How can I help you today?' },
  { id: 'demo-fast-hello', nickname: 'hello', text: 'Вітаю! Чим я можу вам допомогти?' },
  { id: 'demo-fast-wait', nickname: null, text: 'Thank you for waiting, I am checking this for you right now.' },
  { id: 'demo-fast-bye', nickname: null, text: 'Is there anything else I can help you with?' },
];

/** Fixed ids throughout, so running the seed again changes nothing. */
export function seedSql(now = Date.now()) {
  const { owner, operator, company, categories, payment } = DEMO;
  const paidUntil = now + payment.months * MONTH_MS;
  const user = (u) =>
    `INSERT OR IGNORE INTO users (id, email, name, password_hash, verified_at, created_at) VALUES (${q(u.id)}, ${q(u.email)}, ${q(u.name)}, ${q(hashPassword(u.password))}, ${now}, ${now});`;
  const c = q(company.id);
  return [
    user(owner),
    user(operator),
    `INSERT OR IGNORE INTO companies (id, name, public_key, owner_id, notification_email, greeting, categories_enabled, plan, plan_operators, paid_until, created_at) VALUES (${c}, ${q(company.name)}, ${q(company.publicKey)}, ${q(owner.id)}, ${q(owner.email)}, ${q('Hi! Ask us anything about your order.')}, 1, ${q(payment.plan)}, ${payment.operators}, ${paidUntil}, ${now});`,
    // The paid plan has its real payment and ledger entry (F15), as if bought on the Plan page.
    `INSERT OR IGNORE INTO payments (id, company_id, plan, operators, months, amount_cents, currency, status, provider_ref, created_by, created_at, completed_at) VALUES (${q(payment.id)}, ${c}, ${q(payment.plan)}, ${payment.operators}, ${payment.months}, ${payment.amountCents}, 'usd', 'paid', ${q(payment.ref)}, ${q(owner.id)}, ${now}, ${now});`,
    `INSERT OR IGNORE INTO plan_ledger (id, company_id, seq, kind, actor_id, plan_before, operators_before, paid_until_before, plan, operators, paid_until_after, amount_cents, currency, payment_id, created_at) VALUES (${q(payment.ledgerId)}, ${c}, 1, 'payment', ${q(owner.id)}, 'free', 1, NULL, ${q(payment.plan)}, ${payment.operators}, ${paidUntil}, ${payment.amountCents}, 'usd', ${q(payment.id)}, ${now});`,
    `INSERT OR IGNORE INTO memberships (company_id, user_id, role, created_at) VALUES (${c}, ${q(owner.id)}, 'owner', ${now}), (${c}, ${q(operator.id)}, 'operator', ${now + 1});`,
    `INSERT OR IGNORE INTO domains (id, company_id, host, created_at) VALUES ('demo-domain-shop', ${c}, ${q(company.host)}, ${now});`,
    `INSERT OR IGNORE INTO languages (company_id, code, is_default, created_at) VALUES (${c}, 'en', 1, ${now}), (${c}, 'uk', 0, ${now + 1});`,
    `INSERT OR IGNORE INTO categories (id, company_id, name, created_at) VALUES (${q(categories.sales.id)}, ${c}, ${q(categories.sales.name)}, ${now}), (${q(categories.support.id)}, ${c}, ${q(categories.support.name)}, ${now + 1});`,
    `INSERT OR IGNORE INTO operator_languages (company_id, user_id, code) VALUES (${c}, ${q(owner.id)}, 'en'), (${c}, ${q(operator.id)}, 'en'), (${c}, ${q(operator.id)}, 'uk');`,
    `INSERT OR IGNORE INTO operator_categories (company_id, user_id, category_id) VALUES (${c}, ${q(owner.id)}, ${q(categories.sales.id)}), (${c}, ${q(operator.id)}, ${q(categories.sales.id)}), (${c}, ${q(operator.id)}, ${q(categories.support.id)});`,
    ...FAST_RESPONSES.map(
      (r, i) =>
        `INSERT OR IGNORE INTO fast_responses (id, company_id, nickname, text, created_at, updated_at) VALUES (${q(r.id)}, ${c}, ${q(r.nickname)}, ${q(r.text)}, ${now + i}, ${now + i});`,
    ),
  ].join('\n');
}
