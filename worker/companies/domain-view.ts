import type { domains } from '../../db/schema';
import { type ProofInstructions, proofInstructions } from '../domains/ownership-proof';

type DomainRow = Pick<typeof domains.$inferSelect, 'id' | 'host' | 'verificationToken' | 'verifiedAt' | 'disabledAt'>;

/** `verified`: the host is this company's alone; `unverified`: it works for this company's widget but blocks nobody; `disabled`: another company proved it. */
export type DomainStatus = 'verified' | 'unverified' | 'disabled';

/** A domain as the API answers it, with what to publish while it is unverified. */
export interface DomainView {
  id: string;
  host: string;
  status: DomainStatus;
  verifiedAt: string | null;
  verification: ProofInstructions | null;
}

export function domainView(row: DomainRow): DomainView {
  const status: DomainStatus = row.verifiedAt ? 'verified' : row.disabledAt ? 'disabled' : 'unverified';
  return {
    id: row.id,
    host: row.host,
    status,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    verification: status === 'verified' ? null : proofInstructions(row.host, row.verificationToken),
  };
}
