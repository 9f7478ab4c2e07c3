import { describe, expect, it } from 'vitest';
import { type MeasuredCosts, PUBLISHED_LIMITS, planScale } from './scale-model';

const placement = { targetSocketsPerGateway: 16_384 };

const costs: MeasuredCosts = {
  heapKbPerSocket: 2,
  fanoutSocketsPerSecond: 20_000,
  gatewayCpuMsPerBoot: 1,
  gatewayRequestsPerBoot: 3,
  pushCallMs: 5,
};

describe('planScale', () => {
  it('needs one gateway for a small shop', () => {
    const plan = planScale({ concurrentVisitors: 1_000, pageViewsPerVisitorMinute: 1 }, costs, placement);
    expect(plan.gateways).toBe(1);
    expect(plan.bootsPerSecond).toBeCloseTo(16.67, 2);
    expect(plan.requestsPerSecondPerGateway).toBeCloseTo(50, 5);
  });

  it('places sockets by the target, never past half the hibernation limit', () => {
    const visitors = { concurrentVisitors: 100_000, pageViewsPerVisitorMinute: 0.1 };
    expect(planScale(visitors, costs, { targetSocketsPerGateway: 4_000 }).needs.sockets).toBe(25);
    expect(planScale(visitors, costs, { targetSocketsPerGateway: 50_000 }).needs.sockets).toBe(7);
  });

  it('is bound by sockets when boots are rare', () => {
    const plan = planScale({ concurrentVisitors: 100_000, pageViewsPerVisitorMinute: 0.1 }, costs, placement);
    // 100,000 / 16,384 = 6.1
    expect(plan.needs.sockets).toBe(7);
    expect(plan.bindingLimit).toBe('sockets');
    expect(plan.gateways).toBe(7);
    expect(plan.socketsPerGateway).toBeCloseTo(14_285.7, 1);
  });

  it('is bound by the request rate when visitors change pages often', () => {
    const plan = planScale({ concurrentVisitors: 100_000, pageViewsPerVisitorMinute: 1 }, costs, placement);
    // 1,666.7 boots/s × 3 requests = 5,000 requests/s over 500 usable per object.
    expect(plan.needs.requests).toBe(10);
    expect(plan.bindingLimit).toBe('requests');
    expect(plan.requestsPerSecondPerGateway).toBeCloseTo(PUBLISHED_LIMITS.requestsPerSecond * PUBLISHED_LIMITS.headroom, 5);
  });

  it('counts CPU as one thread per object and memory per socket', () => {
    const heavy = { ...costs, gatewayCpuMsPerBoot: 20, heapKbPerSocket: 100 };
    const plan = planScale({ concurrentVisitors: 100_000, pageViewsPerVisitorMinute: 1 }, heavy, placement);
    // 1,666.7 boots/s × 20 ms = 33.3 s of CPU per second, at half a thread each.
    expect(plan.needs.cpu).toBe(67);
    // 100,000 × 100 KB = 9,766 MB over 64 MB usable.
    expect(plan.needs.memory).toBe(153);
    expect(plan.bindingLimit).toBe('memory');
    expect(plan.cpuSharePerGateway).toBeLessThanOrEqual(0.5);
  });

  it('times a fan-out as waves of calls plus one gateway writing its share', () => {
    const plan = planScale({ concurrentVisitors: 100_000, pageViewsPerVisitorMinute: 0.1 }, costs, placement);
    // 100,000 / 16,384 → 7 gateways, called straight in 2 waves of 6.
    expect(plan.gateways).toBe(7);
    expect(plan.roomCallsPerPush).toBe(7);
    expect(plan.fanoutMs).toBeCloseTo(2 * 5 + (100_000 / 7 / 20_000) * 1000, 5);
  });

  it('past the direct limit, times the room’s waves to the relays and a relay’s waves to its group', () => {
    const plan = planScale({ concurrentVisitors: 1_000_000, pageViewsPerVisitorMinute: 0.1 }, costs, placement);
    // 62 gateways → 8 relays of up to 8 (each passes the view to 7): 2 waves from the room, 2 from a relay.
    expect(plan.gateways).toBe(62);
    expect(plan.roomCallsPerPush).toBe(8);
    expect(plan.fanoutMs).toBeCloseTo((2 + 2) * 5 + (1_000_000 / 62 / 20_000) * 1000, 5);
  });
});
