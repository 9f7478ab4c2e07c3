import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { companies } from '../../db/schema';

/** The object KV key holding the company's `config_version` the snapshot reflects. */
const VERSION_KEY = 'configVersion';

/** The company's current config version in D1, or null when the company is gone. */
export async function currentConfigVersion(db: Db, companyId: string): Promise<number | null> {
  const row = await db.select({ v: companies.configVersion }).from(companies).where(eq(companies.id, companyId)).get();
  return row?.v ?? null;
}

/** -1 when never saved (a snapshot from before versions), so the first wake reloads it. */
export function storedConfigVersion(storage: DurableObjectStorage): number {
  return storage.kv.get<number>(VERSION_KEY) ?? -1;
}

export function saveConfigVersion(storage: DurableObjectStorage, version: number): void {
  storage.kv.put(VERSION_KEY, version);
}

/**
 * How a change numbered `version` is applied to a snapshot at `stored`: the next one in order
 * (or one already covered) reloads only its parts; a gap means a change never arrived, so
 * everything is reloaded. Without a number (a direct call) only its parts are reloaded.
 */
export function reloadKind(stored: number, version: number | undefined): 'parts' | 'full' {
  return version === undefined || version <= stored + 1 ? 'parts' : 'full';
}
