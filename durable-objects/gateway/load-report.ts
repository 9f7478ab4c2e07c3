import { GATEWAY_BOOT_REPORT_STEP, GATEWAY_REPORT_STEP, type GatewayLoad } from '../../common/gateways/gateways';

/** The steps of its load a gateway last reported to the room. */
export interface ReportedSteps {
  sockets: number;
  boots: number;
}

/**
 * The report steps a gateway carrying `load` is on, when they differ from the ones last reported
 * to the room (its sockets crossed a multiple of GATEWAY_REPORT_STEP, or its boot rate one of
 * GATEWAY_BOOT_REPORT_STEP, up or down); null when the room already knows them. So the room hears
 * of a gateway's load a few times, not per socket.
 */
export function reportDue(reported: ReportedSteps, load: GatewayLoad): ReportedSteps | null {
  const steps = {
    sockets: Math.floor(load.sockets / GATEWAY_REPORT_STEP),
    boots: Math.floor(load.bootsPerSecond / GATEWAY_BOOT_REPORT_STEP),
  };
  return steps.sockets === reported.sockets && steps.boots === reported.boots ? null : steps;
}
