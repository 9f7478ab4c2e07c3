import { DurableObject } from 'cloudflare:workers';
import type { ConfigChange } from '../common/config-change';

/**
 * One object per company (`idFromName(companyId)`): operator presence, the routing queue and
 * live chats. The real-time issue fills it in; its RPC surface starts with `configChanged`.
 */
export class CompanyRoom extends DurableObject<Env> {
  /**
   * Called by the worker after every write to the company's data (F13). Each call bumps a
   * durable version so callers and tests can see that the object heard about the change.
   */
  async configChanged(what: ConfigChange): Promise<number> {
    const version = (this.ctx.storage.kv.get<number>('configVersion') ?? 0) + 1;
    this.ctx.storage.kv.put('configVersion', version);
    this.ctx.storage.kv.put('lastConfigChange', what);
    return version;
  }

  /** The number of config changes this object has been told about. */
  async configVersion(): Promise<number> {
    return this.ctx.storage.kv.get<number>('configVersion') ?? 0;
  }
}
