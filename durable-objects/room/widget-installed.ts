import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { companies } from '../../db/schema';

/** Ticks the setup checklist's "widget installed" step (F2) the first time a registered domain loads the widget. */
export async function markWidgetInstalled(db: Db, companyId: string, now = new Date()): Promise<void> {
  await db
    .update(companies)
    .set({ widgetInstalledAt: now })
    .where(and(eq(companies.id, companyId), isNull(companies.widgetInstalledAt)));
}
