/**
 * Carries the locally measured costs of the visitor gateways (issue 17) to internet scale: how
 * many gateway objects one company needs for a number of concurrent visitors, how long an
 * availability change takes to reach all of them, and the load each object then carries against
 * Cloudflare's published per-object limits. Pure; the assumptions are the inputs, named below.
 */
import { relayGroups } from '../../durable-objects/room/relay-plan';

/** Costs measured by `npm run bench -- --only boots` and `--only fanout`. */
export interface MeasuredCosts {
  /**
   * An awake gateway's isolate memory per socket, KB: its attachment and the runtime's handle.
   * Not the local RSS per socket (≈ 110 KB, mostly Miniflare's simulators and connection buffers,
   * which the 128 MB isolate limit doesn't count): an assumption the caller states.
   */
  heapKbPerSocket: number;
  /**
   * Sockets one object writes an availability frame to per second. Measured with every gateway in
   * one local workerd on 2 cores, so it is a lower bound for one object on its own machine.
   */
  fanoutSocketsPerSecond: number;
  /** CPU one widget boot costs its gateway object (upgrade, hello), ms. */
  gatewayCpuMsPerBoot: number;
  /** Requests one widget boot makes to its gateway object (the upgrade and the `hello` frame). */
  gatewayRequestsPerBoot: number;
  /** One room → gateway call, ms: pushes to the gateways go out in parallel. */
  pushCallMs: number;
}

/** How visitors use a customer's site. */
export interface Traffic {
  concurrentVisitors: number;
  /** Page views per visitor per minute: each page view boots the widget again. */
  pageViewsPerVisitorMinute: number;
}

/**
 * How the design places sockets: the count the room grows gateways by (GATEWAY_TARGET_SOCKETS),
 * which sits far under the hibernation limit so requests and fan-out stay small per object.
 */
export interface Placement {
  targetSocketsPerGateway: number;
}

/** Cloudflare's per-object limits (issue 17 quotes them) and the share of each the design may use. */
export interface ObjectLimits {
  hibernatableSockets: number;
  requestsPerSecond: number;
  memoryMb: number;
  /**
   * Calls one object keeps open at once ("simultaneous outgoing connections per request", 6 like a
   * Worker's): assumed to cover the room's calls to its gateways, so they go out in waves.
   */
  parallelCalls: number;
  /** Use at most this share of any limit, so a burst or a slow machine has room. */
  headroom: number;
}

export const PUBLISHED_LIMITS: ObjectLimits = {
  hibernatableSockets: 32_768,
  requestsPerSecond: 1_000,
  memoryMb: 128,
  parallelCalls: 6,
  headroom: 0.5,
};

/** What binds the gateway count. */
export type Binding = 'sockets' | 'requests' | 'memory' | 'cpu';

export interface ScalePlan {
  concurrentVisitors: number;
  bootsPerSecond: number;
  /** Gateways each limit alone would need. */
  needs: Record<Binding, number>;
  gateways: number;
  bindingLimit: Binding;
  socketsPerGateway: number;
  requestsPerSecondPerGateway: number;
  memoryMbPerGateway: number;
  /** Share of one thread a gateway spends on boots. */
  cpuSharePerGateway: number;
  /**
   * The room's calls in waves of `parallelCalls`, then (past the direct limit) each relay's calls
   * to its group in waves too (durable-objects/room/relay-plan.ts), then a gateway writes its share.
   */
  fanoutMs: number;
  /** Calls the room makes for one availability change: one per gateway, or one per relay. */
  roomCallsPerPush: number;
}

/** The gateways a company needs for `traffic`, and what each then carries. */
export function planScale(
  traffic: Traffic,
  costs: MeasuredCosts,
  placement: Placement,
  limits: ObjectLimits = PUBLISHED_LIMITS,
): ScalePlan {
  const visitors = traffic.concurrentVisitors;
  const bootsPerSecond = (visitors * traffic.pageViewsPerVisitorMinute) / 60;
  const usable = (limit: number) => limit * limits.headroom;
  // Rounding noise (5,000.000000001 requests/s) must not add a gateway.
  const whole = (x: number) => Math.ceil(x - 1e-9);
  const needs: Record<Binding, number> = {
    sockets: whole(visitors / Math.min(placement.targetSocketsPerGateway, usable(limits.hibernatableSockets))),
    requests: whole((bootsPerSecond * costs.gatewayRequestsPerBoot) / usable(limits.requestsPerSecond)),
    memory: whole((visitors * costs.heapKbPerSocket) / 1024 / usable(limits.memoryMb)),
    cpu: whole((bootsPerSecond * costs.gatewayCpuMsPerBoot) / 1000 / limits.headroom),
  };
  const bindingLimit = (Object.keys(needs) as Binding[]).reduce((a, b) => (needs[b] > needs[a] ? b : a));
  const gateways = Math.max(1, needs[bindingLimit]);
  const socketsPerGateway = visitors / gateways;
  const bootsPerGateway = bootsPerSecond / gateways;
  const groups = relayGroups(Array.from({ length: gateways }, (_, i) => i));
  const widestGroup = Math.max(0, ...groups.map((g) => g.children.length));
  const waves = (calls: number) => Math.ceil(calls / limits.parallelCalls);
  return {
    concurrentVisitors: visitors,
    bootsPerSecond,
    needs,
    gateways,
    bindingLimit,
    socketsPerGateway,
    requestsPerSecondPerGateway: bootsPerGateway * costs.gatewayRequestsPerBoot,
    memoryMbPerGateway: (socketsPerGateway * costs.heapKbPerSocket) / 1024,
    cpuSharePerGateway: (bootsPerGateway * costs.gatewayCpuMsPerBoot) / 1000,
    fanoutMs: (waves(groups.length) + waves(widestGroup)) * costs.pushCallMs + (socketsPerGateway / costs.fanoutSocketsPerSecond) * 1000,
    roomCallsPerPush: groups.length,
  };
}
