import { GATEWAY_REPORT_STEP } from '../../common/gateways/gateways';

/**
 * The report step a gateway with `count` open sockets is on, when it differs from the one last
 * reported to the room (it crossed a multiple of GATEWAY_REPORT_STEP, up or down); null when the
 * room already knows it. So the room hears of a gateway's load a few times, not per socket.
 */
export function reportDue(reportedStep: number, count: number): number | null {
  const step = Math.floor(count / GATEWAY_REPORT_STEP);
  return step === reportedStep ? null : step;
}
