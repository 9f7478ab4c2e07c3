import { and, eq, exists, isNotNull, isNull, ne, not, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { randomId } from '../../common/ids';
import type { Db } from '../../db/client';
import { domains } from '../../db/schema';
import { hostOverlaps } from './lookup';

/**
 * The two writes that give a hostname to one company (F3, SPEC S), each deciding in its own D1
 * batch (a transaction) rather than on a read made before it. Otherwise a verification landing
 * between another company's check and its insert would leave that company a live claim on the
 * verified company's hostname, which its visitor gateways (checking only their own company's
 * claims) would serve.
 */

export const claimColumns = {
  id: domains.id,
  host: domains.host,
  verificationToken: domains.verificationToken,
  verifiedAt: domains.verifiedAt,
  disabledAt: domains.disabledAt,
};

const other = alias(domains, 'other');

/** SQL: a company other than `companyId` holds a verified claim overlapping `entry`. */
function verifiedElsewhere(db: Db, companyId: string, entry: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(other)
      .where(and(ne(other.companyId, companyId), isNotNull(other.verifiedAt), isNull(other.disabledAt), hostOverlaps(other.host, entry))),
  );
}

/**
 * Adds `host` as an unverified claim of `companyId`; null, with nothing stored, when another
 * company's verified claim overlaps it. Throws the unique violation of a host the company has already.
 */
export async function insertClaim(db: Db, companyId: string, host: string) {
  const id = randomId();
  const [inserted, withdrawn] = await db.batch([
    db.insert(domains).values({ id, companyId, host, createdAt: new Date() }).returning(claimColumns),
    db
      .delete(domains)
      .where(and(eq(domains.id, id), verifiedElsewhere(db, companyId, host)))
      .returning({ id: domains.id }),
  ]);
  return withdrawn.length > 0 ? null : inserted[0]!;
}

/**
 * Marks the company's claim `claimId` on `host` verified and disables every other company's live
 * unverified claim overlapping it, returning those; null, changing nothing, when another
 * company's verified claim overlaps it. Throws the unique violation of a host verified elsewhere.
 */
export async function verifyClaim(db: Db, companyId: string, claimId: string, host: string, now: Date) {
  const [verified, displaced] = await db.batch([
    db
      .update(domains)
      .set({ verifiedAt: now, disabledAt: null })
      .where(and(eq(domains.id, claimId), not(verifiedElsewhere(db, companyId, host))))
      .returning({ id: domains.id }),
    db
      .update(domains)
      .set({ disabledAt: now })
      .where(
        and(
          ne(domains.companyId, companyId),
          isNull(domains.verifiedAt),
          isNull(domains.disabledAt),
          hostOverlaps(domains.host, host),
          // Only once the statement above verified the claim.
          exists(
            db
              .select({ one: sql`1` })
              .from(other)
              .where(and(eq(other.id, claimId), isNotNull(other.verifiedAt))),
          ),
        ),
      )
      .returning({ id: domains.id, companyId: domains.companyId, host: domains.host }),
  ]);
  return verified.length > 0 ? { displaced } : null;
}
