import type { InferResponseType } from 'hono/client';
import type { api } from '../../../lib/api';

type CompanyClient = (typeof api.api.companies)[':companyId'];

/** The caller's companies with their role (GET /api/companies). */
export type MyCompany = InferResponseType<typeof api.api.companies.$get, 200>[number];
/** An invitation to serve a company as an operator (GET /api/me/invitations). */
export type MyInvitation = InferResponseType<typeof api.api.me.invitations.$get, 200>[number];
/** One company: settings, role, public key, operator limit and setup checklist. */
export type Company = InferResponseType<CompanyClient['$get'], 200>;
export type Domain = InferResponseType<CompanyClient['domains']['$get'], 200>[number];
export type Language = InferResponseType<CompanyClient['languages']['$get'], 200>[number];
export type CategoryList = InferResponseType<CompanyClient['categories']['$get'], 200>;
export type Category = CategoryList['categories'][number];
export type OperatorsAnswer = InferResponseType<CompanyClient['operators']['$get'], 200>;
export type Operator = OperatorsAnswer['operators'][number];
export type PendingInvitation = OperatorsAnswer['invitations'][number];
export type Destinations = InferResponseType<CompanyClient['operators'][':userId']['destinations']['$get'], 200>;
export type FastResponse = InferResponseType<CompanyClient['fast-responses']['$get'], 200>[number];
/** The company's plan (GET …/plan), and what a change would do (PUT …/plan?preview=1). */
export type CompanyPlan = InferResponseType<CompanyClient['plan']['$get'], 200>;
export type PlanPreview = InferResponseType<CompanyClient['plan']['$put'], 200>;
/** The ledger and recent checkouts (GET …/payments). */
export type PaymentsAnswer = InferResponseType<CompanyClient['payments']['$get'], 200>;
export type LedgerEntry = PaymentsAnswer['ledger'][number];
export type CheckoutStatus = PaymentsAnswer['checkouts'][number];
/** One plan of the catalogue (GET /api/plans). */
export type CataloguePlan = InferResponseType<typeof api.api.plans.$get, 200>[number];
