/**
 * A visitor's file end to end (F20): the upload (POST /api/widget/attachments), the message that
 * sends it, the operator's frame with its signed URL, and the operator's download of every byte;
 * meanwhile workerd's resident memory is sampled, so the peak shows whether a file is held whole.
 */
import type { OperatorServerFrame, VisitorClientFrame } from '../../common/protocol';
import { rssKb } from '../lib/proc';
import { BENCH_ORIGIN } from '../lib/seed';
import { sleep } from '../lib/socket-client';
import { type Summary, summarize } from '../lib/stats';
import { type ParleyTarget, visitorSecretOf } from '../targets/parley-target';

export interface UploadOptions {
  megabytes: number;
  rounds: number;
  /** Pause before the memory baseline, so workerd settles. */
  settleMs: number;
}

export interface UploadResult {
  bytes: number;
  rounds: number;
  /** Request sent → 201 answer. */
  upload: Summary;
  /** Upload started → every byte downloaded through the URL of the operator's message frame. */
  endToEnd: Summary;
  baselineRssKb: number;
  peakRssKb: number;
  /** Peak over the baseline: what the run of uploads added to workerd at most. */
  peakOverBaselineKb: number;
}

const WAIT_MS = 30_000;

/** A PDF by its first bytes (the server sniffs `%PDF-`), the rest random so nothing compresses it. */
function pdfOf(bytes: number): Uint8Array<ArrayBuffer> {
  const file = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i += 65_536) crypto.getRandomValues(file.subarray(i, Math.min(bytes, i + 65_536)));
  file.set(new TextEncoder().encode('%PDF-1.7\n'));
  return file;
}

export async function measureUpload(target: ParleyTarget, o: UploadOptions): Promise<UploadResult> {
  const { runtime, company } = target;
  const [pair] = await target.openChats(1, 1, 'upload');
  const { visitor, operator } = pair!;
  const ack = visitor.waitFor((f) => f.type === 'message', WAIT_MS, 'visitor ack');
  pair!.visitorSend('upload ping');
  const chatId = (await ack).frame.chatId as string;
  const file = pdfOf(o.megabytes * 1024 * 1024);

  await sleep(o.settleMs);
  const pid = runtime.pid;
  const baselineRssKb = rssKb(pid) ?? Number.NaN;
  let peakRssKb = baselineRssKb;
  const sampler = setInterval(() => (peakRssKb = Math.max(peakRssKb, rssKb(pid) ?? 0)), 10);

  const uploads: number[] = [];
  const ends: number[] = [];
  try {
    for (let round = 0; round < o.rounds; round++) {
      const started = performance.now();
      const res = await fetch(`${runtime.url}/api/widget/attachments?key=${company.publicKey}&chatId=${chatId}`, {
        method: 'POST',
        headers: {
          origin: BENCH_ORIGIN,
          authorization: `Bearer ${visitorSecretOf(pair!.visitorId)}`,
          'content-type': 'application/octet-stream',
          'x-file-name': encodeURIComponent(`рахунок-${round}.pdf`),
          'CF-Connecting-IP': '10.250.0.1',
        },
        body: file,
      });
      if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
      const { id } = (await res.json()) as { id: string };
      uploads.push(performance.now() - started);

      const delivered = operator.waitFor(
        (f) =>
          (f as OperatorServerFrame).type === 'message' && Boolean((f as { message?: { attachments?: unknown[] } }).message?.attachments),
        WAIT_MS,
        'file message on the operator socket',
      );
      visitor.send({ type: 'message', clientId: `up-${round}`, text: '', attachmentIds: [id] } satisfies VisitorClientFrame);
      const { frame } = await delivered;
      const url = (frame as Extract<OperatorServerFrame, { type: 'message' }>).message.attachments![0]!.url;
      const download = await fetch(new URL(url, runtime.url));
      const got = (await download.arrayBuffer()).byteLength;
      if (download.status !== 200 || got !== file.byteLength) throw new Error(`download answered ${download.status} with ${got} bytes`);
      ends.push(performance.now() - started);
    }
  } finally {
    clearInterval(sampler);
  }
  await target.closeChats([pair!]);
  return {
    bytes: file.byteLength,
    rounds: o.rounds,
    upload: summarize(uploads),
    endToEnd: summarize(ends),
    baselineRssKb,
    peakRssKb,
    peakOverBaselineKb: peakRssKb - baselineRssKb,
  };
}
