import { count, eq } from 'drizzle-orm';
import type { SetupChecklist } from '../../common/schemas/company';
import type { Db } from '../../db/client';
import { domains, languages, memberships } from '../../db/schema';
import { destinationsByOperator } from './destination-store';
import type { CompanyRow } from './membership';

/** The counts the checklist is decided from. */
export interface ChecklistFacts {
  domains: number;
  languages: number;
  members: number;
  /** Members whose destinations serve something: a language and, with categories on, a category. */
  operatorsWithDestinations: number;
  widgetInstalledAt: Date | null;
}

/**
 * The company page's setup checklist (F2), in the seed's order. "Operator added" counts the owner:
 * the creator is attached as an operator automatically (no extra step, per the seed), and a Free
 * company may have that one operator only, so inviting someone is not required to finish setup.
 */
export function setupChecklist(f: ChecklistFacts): SetupChecklist {
  return {
    domainAdded: f.domains > 0,
    languageAdded: f.languages > 0,
    operatorAdded: f.members > 0,
    destinationsSet: f.operatorsWithDestinations > 0,
    widgetInstalled: f.widgetInstalledAt !== null,
  };
}

/** Reads the checklist's facts for one company from D1. */
export async function loadSetupChecklist(db: Db, company: CompanyRow): Promise<SetupChecklist> {
  const [[d], [l], [m]] = await db.batch([
    db.select({ n: count() }).from(domains).where(eq(domains.companyId, company.id)),
    db.select({ n: count() }).from(languages).where(eq(languages.companyId, company.id)),
    db.select({ n: count() }).from(memberships).where(eq(memberships.companyId, company.id)),
  ]);
  const destinations = await destinationsByOperator(db, company.id);
  const operatorsWithDestinations = [...destinations.values()].filter(
    (dest) => dest.languages.length > 0 && (!company.categoriesEnabled || dest.categories.length > 0),
  ).length;
  return setupChecklist({
    domains: d?.n ?? 0,
    languages: l?.n ?? 0,
    members: m?.n ?? 0,
    operatorsWithDestinations,
    widgetInstalledAt: company.widgetInstalledAt,
  });
}
