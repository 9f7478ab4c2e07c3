import type { ConfigChange } from '../../common/config-change';
import { getDb } from '../../db/client';
import { pushConfigChange, pushFullReload } from './config-push';
import { type ConfigSnapshot, loadSnapshot, reloadSnapshot } from './config-snapshot';
import { currentConfigVersion, reloadKind, saveConfigVersion, storedConfigVersion } from './config-version';
import { raiseGatewayCount } from './gateway-count';
import type { RoomServices } from './services';
import { markWidgetInstalled } from './widget-installed';

const SNAPSHOT_KEY = 'config';

/** What the holder needs of its room: the services to push changes through, and what to do when the company is gone. */
export interface ConfigRoom {
  /** The services changes are pushed through; read on use, as the room builds them after the holder. */
  services: () => RoomServices;
  /** Erases the whole room (the company was deleted). */
  erase: () => Promise<void>;
  /** Closes every socket (the company's data vanished mid-reload). */
  closeAll: () => void;
}

/**
 * The company's configuration snapshot (F13): loaded from D1 on first use, kept in storage so a
 * wake needs no D1 read, and reloaded (then pushed to open pages) when the worker says it changed.
 */
export class ConfigHolder {
  private snapshot: ConfigSnapshot | null;

  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly env: Env,
    private readonly room: ConfigRoom,
  ) {
    this.snapshot = storage.kv.get<ConfigSnapshot>(SNAPSHOT_KEY) ?? null;
  }

  /** The snapshot, or null before the room's first use and after its company was erased. */
  get current(): ConfigSnapshot | null {
    return this.snapshot;
  }

  config(): ConfigSnapshot {
    if (!this.snapshot) throw new Error('company room used before its configuration was loaded');
    return this.snapshot;
  }

  /** Drops the snapshot from memory; the room is about to empty its storage. */
  forget(): void {
    this.snapshot = null;
  }

  /** The body of `CompanyRoom.configChanged` for a change short of deleting the company. */
  async changed(what: ConfigChange, version?: number): Promise<void> {
    // A room nobody has used yet has nothing to reload: its first connection loads everything fresh.
    if (!this.snapshot) return;
    const stored = storedConfigVersion(this.storage);
    if (reloadKind(stored, version) === 'full') return this.reloadAll();
    const next = await reloadSnapshot(getDb(this.env.DB), this.snapshot, what, this.env.APP_ORIGIN);
    this.saveSnapshot(next);
    if (!next) return this.room.closeAll();
    if (version !== undefined && version > stored) saveConfigVersion(this.storage, version);
    await pushConfigChange(this.room.services(), what, Date.now());
    await this.room.services().dispatcher.scheduleAlarm();
  }

  /** On wake: reloads everything when D1's config version moved past the snapshot's (a notify was lost). */
  async verifySnapshot(): Promise<void> {
    if (!this.snapshot) return;
    try {
      const current = await currentConfigVersion(getDb(this.env.DB), this.snapshot.companyId);
      if (current === null) await this.room.erase();
      else if (current !== storedConfigVersion(this.storage)) await this.reloadAll();
    } catch (err) {
      // D1 unreachable: carry on with the snapshot; the outbox sweep delivers the change later.
      console.error('company room: config version check failed', err);
    }
  }

  /** Reloads the whole snapshot at D1's current version and pushes every part of it. */
  private async reloadAll(): Promise<void> {
    if (!this.snapshot) return;
    const db = getDb(this.env.DB);
    // Read before loading: the data is then at least as new as the version saved with it.
    const version = await currentConfigVersion(db, this.snapshot.companyId);
    const next = version === null ? null : await loadSnapshot(db, this.snapshot.companyId, this.env.APP_ORIGIN);
    if (!next || version === null) return this.room.erase();
    this.saveSnapshot(next);
    saveConfigVersion(this.storage, version);
    await pushFullReload(this.room.services(), Date.now());
    await this.room.services().dispatcher.scheduleAlarm();
  }

  /** Loads the configuration from D1 the first time the room is used; afterwards only configChanged reloads it. */
  async ensureSnapshot(companyId: string): Promise<ConfigSnapshot | null> {
    const db = getDb(this.env.DB);
    if (this.snapshot?.companyId === companyId) {
      // A snapshot stored before the room kept help languages gets them once.
      if (this.snapshot.helpLanguages === undefined)
        this.saveSnapshot(await reloadSnapshot(db, this.snapshot, 'help', this.env.APP_ORIGIN));
      return this.snapshot;
    }
    const version = await currentConfigVersion(db, companyId);
    const loaded = version === null ? null : await loadSnapshot(db, companyId, this.env.APP_ORIGIN);
    if (!loaded || version === null) return null;
    this.saveSnapshot(loaded);
    saveConfigVersion(this.storage, version);
    return loaded;
  }

  private saveSnapshot(snapshot: ConfigSnapshot | null): void {
    this.snapshot = snapshot;
    if (snapshot) this.storage.kv.put(SNAPSHOT_KEY, snapshot);
    else this.storage.kv.delete(SNAPSHOT_KEY);
  }

  /** Raises the company's visitor gateway count (gateway-fanout.ts) in D1 and in the snapshot. */
  async raiseGatewayCount(count: number): Promise<void> {
    if (!this.snapshot) return;
    await raiseGatewayCount(getDb(this.env.DB), this.snapshot.companyId, count);
    this.saveSnapshot({ ...this.snapshot, settings: { ...this.snapshot.settings, visitorGateways: count } });
  }

  /** The setup checklist's "widget installed" (F2), written once: a company already ticked costs nothing. */
  async noteWidgetInstalled(snapshot: ConfigSnapshot): Promise<void> {
    if (snapshot.settings.widgetInstalled) return;
    await markWidgetInstalled(getDb(this.env.DB), snapshot.companyId);
    if (this.snapshot) this.saveSnapshot({ ...this.snapshot, settings: { ...this.snapshot.settings, widgetInstalled: true } });
  }
}
