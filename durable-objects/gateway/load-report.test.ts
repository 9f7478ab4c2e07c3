import { describe, expect, it } from 'vitest';
import { GATEWAY_BOOT_REPORT_STEP, GATEWAY_REPORT_STEP } from '../../common/gateways/gateways';
import { reportDue } from './load-report';

const at = (sockets: number, boots = 0) => ({ sockets, boots });
const load = (sockets: number, bootsPerSecond = 0) => ({ sockets, bootsPerSecond });

describe('gateway load reports', () => {
  it('reports when the socket count crosses a step, up or down, and not in between', () => {
    expect(reportDue(at(0), load(1))).toBeNull();
    expect(reportDue(at(0), load(GATEWAY_REPORT_STEP - 1))).toBeNull();
    expect(reportDue(at(0), load(GATEWAY_REPORT_STEP))).toEqual(at(1));
    expect(reportDue(at(1), load(GATEWAY_REPORT_STEP + 10))).toBeNull();
    expect(reportDue(at(2), load(2 * GATEWAY_REPORT_STEP - 1))).toEqual(at(1));
    expect(reportDue(at(1), load(0))).toEqual(at(0));
  });

  it('reports when the boot rate crosses a step, keeping the socket step', () => {
    expect(reportDue(at(3), load(3 * GATEWAY_REPORT_STEP, GATEWAY_BOOT_REPORT_STEP - 0.1))).toBeNull();
    expect(reportDue(at(3), load(3 * GATEWAY_REPORT_STEP, 2.5 * GATEWAY_BOOT_REPORT_STEP))).toEqual(at(3, 2));
    expect(reportDue(at(3, 2), load(3 * GATEWAY_REPORT_STEP, 0))).toEqual(at(3, 0));
  });
});
