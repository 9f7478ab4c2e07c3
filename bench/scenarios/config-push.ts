/** Config change → pushed to open console tabs: a fast response added through the real API (F13). */
import type { OperatorServerFrame } from '../../common/protocol';
import { closeAll, sleep } from '../lib/socket-client';
import { type Summary, summarize } from '../lib/stats';
import type { ParleyTarget } from '../targets/parley-target';

export interface ConfigPushResult {
  sockets: number;
  changes: number;
  /** From sending the API request to each socket receiving the new config. */
  push: Summary;
  lost: number;
}

export async function measureConfigPush(
  parley: ParleyTarget,
  o: { sockets: number; changes: number; gapMs: number },
): Promise<ConfigPushResult> {
  const tabs = await parley.openOwnerTabs(o.sockets);
  const samples: number[] = [];
  let lost = 0;
  try {
    for (let j = 0; j < o.changes; j++) {
      const text = `Bench fast response ${j} ${Date.now()}`;
      const pushed = tabs.map((tab) =>
        tab
          .waitFor(
            (f) => {
              const frame = f as OperatorServerFrame;
              return frame.type === 'config' && frame.config.fastResponses.some((r) => r.text === text);
            },
            5000,
            'config push',
          )
          .then(({ at }) => at)
          .catch(() => null),
      );
      const t0 = performance.now();
      const status = await parley.addFastResponse(text);
      if (status !== 201) throw new Error(`POST fast-responses answered ${status}`);
      for (const at of await Promise.all(pushed)) {
        if (at === null) lost++;
        else samples.push(at - t0);
      }
      await sleep(o.gapMs);
    }
  } finally {
    await closeAll(tabs);
  }
  return { sockets: tabs.length, changes: o.changes, push: summarize(samples), lost };
}
