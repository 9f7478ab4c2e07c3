// `npm run bench:model`: one company's idle visitors at internet scale (issue 17), from the costs
// the boots and fan-out scenarios measured locally (bench/README.md) and the assumptions below.
import { GATEWAY_REPORT_STEP, GATEWAY_TARGET_SOCKETS, nextGatewayCount } from '../common/gateways/gateways';
import { type MeasuredCosts, PUBLISHED_LIMITS, planScale, type ScalePlan } from './lib/scale-model';

/**
 * Measured on this machine (2 cores, one local workerd holding every object), see bench/README.md
 * "Visitor gateways" for the runs. CPU per boot counts the worker's share too (one process here),
 * so charging it all to the gateway overstates the gateway's load.
 */
const MEASURED: MeasuredCosts & { source: string } = {
  source: 'bench/README.md "Visitor gateways", 2026-11-30 and 2026-12-01',
  // `--only boots`, CPU per boot at 25/s of the one-request boot on a quiet machine: the higher of
  // two runs (1.96 and 1.76 ms, app code 63e58c3).
  gatewayCpuMsPerBoot: 1.96,
  // A boot is one request (the widget's loader opens the socket): the upgrade and the `hello` frame.
  gatewayRequestsPerBoot: 2,
  // `--only fanout` at 9 000 sockets over 4 gateways in one workerd thread: the last of 9 001
  // sockets had the frame 844 ms after the operator's, the first after 345 ms; 9 000 / 0.8 s,
  // rounded down, as one object on its own thread writes at least as fast as four sharing one.
  fanoutSocketsPerSecond: 11_000,
  // The first arrival at 1 000 sockets (43–48 ms): operator frame → room → gateway call → first
  // write → client, all of it charged to the call.
  pushCallMs: 45,
  // Assumed, not measured: an awake gateway's isolate holds one small attachment per socket
  // (≈ 300 bytes serialised); 2 KB leaves room for the runtime's handle and the index entry.
  heapKbPerSocket: 2,
};

/** Page views per visitor per minute: a visitor who reads each page for a minute, and a fast browser. */
const PAGE_RATES = [1, 4];
const VISITORS = [100_000, 1_000_000];

const n = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits });

/**
 * Where `nextGatewayCount` settles when reports arrive one step at a time as `visitors` arrive,
 * each browsing at `pageRate` page views a minute (so boots a second grow with them).
 */
function grownCount(visitors: number, pageRate: number): number {
  let count = 1;
  for (let total = 0; total <= visitors; total += GATEWAY_REPORT_STEP)
    count = nextGatewayCount(count, { sockets: total, bootsPerSecond: (total * pageRate) / 60 });
  return count;
}

function describe(plan: ScalePlan, pageRate: number): string {
  const L = PUBLISHED_LIMITS;
  const usable = (limit: number) => n(limit * L.headroom);
  return [
    `${n(plan.concurrentVisitors)} concurrent visitors, ${pageRate} page view/min each → ${n(plan.bootsPerSecond)} boots/s`,
    `  gateways: ${plan.gateways} (bound by ${plan.bindingLimit}; sockets ${plan.needs.sockets}, requests ${plan.needs.requests}, memory ${plan.needs.memory}, CPU ${plan.needs.cpu})`,
    `  per gateway: ${n(plan.socketsPerGateway)} sockets (usable ${usable(L.hibernatableSockets)}), ${n(plan.requestsPerSecondPerGateway)} requests/s (usable ${usable(L.requestsPerSecond)}), ${n(plan.memoryMbPerGateway, 1)} MB (usable ${usable(L.memoryMb)}), ${n(plan.cpuSharePerGateway * 100)} % of a thread`,
    `  the room's growth rule, raising the count from 1 as the crowd gathers, ends at ${grownCount(plan.concurrentVisitors, pageRate)} gateways (room for twice the load, by sockets or boots a second)`,
    `  availability change: ${plan.roomCallsPerPush} room → gateway calls, last visitor told after ≈ ${n(plan.fanoutMs)} ms`,
  ].join('\n');
}

console.log(`Scale model — measured costs (${MEASURED.source}):`);
console.log(
  `  CPU per boot ${MEASURED.gatewayCpuMsPerBoot} ms, ${MEASURED.gatewayRequestsPerBoot} requests per boot, fan-out ${n(MEASURED.fanoutSocketsPerSecond)} sockets/s per object, one push call ${MEASURED.pushCallMs} ms, ${MEASURED.heapKbPerSocket} KB isolate memory per socket (assumed)`,
);
console.log(
  `  limits per object: ${n(PUBLISHED_LIMITS.hibernatableSockets)} hibernatable sockets, ${n(PUBLISHED_LIMITS.requestsPerSecond)} requests/s, ${PUBLISHED_LIMITS.memoryMb} MB, ${PUBLISHED_LIMITS.parallelCalls} calls at once; the plan uses ${PUBLISHED_LIMITS.headroom * 100} % of each`,
);
for (const visitors of VISITORS)
  for (const pageRate of PAGE_RATES)
    console.log(
      describe(
        planScale({ concurrentVisitors: visitors, pageViewsPerVisitorMinute: pageRate }, MEASURED, {
          targetSocketsPerGateway: GATEWAY_TARGET_SOCKETS,
        }),
        pageRate,
      ),
    );
