import type { ConfigChange } from '../../common/config-change';
import { companyRoom } from '../lib/company-room';

/**
 * Tells the company's Durable Object that part of its data changed, so open widgets and chat
 * pages pick it up at once (F13). Every write to an existing company's data (under
 * /api/companies/:companyId and /api/me) calls it after the write is stored. Awaited so the change
 * is known when the response is sent; a failing object is logged, not reported, because the write
 * itself already succeeded.
 */
export async function notifyCompanyChanged(env: Env, companyId: string, what: ConfigChange): Promise<void> {
  try {
    await companyRoom(env, companyId).configChanged(what);
  } catch (err) {
    console.error('notifyCompanyChanged failed', companyId, what, err);
  }
}
