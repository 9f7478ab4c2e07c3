import { describe, expect, it } from 'vitest';
import { GATEWAY_REPORT_STEP } from '../../common/gateways/gateways';
import { reportDue } from './load-report';

describe('gateway load reports', () => {
  it('reports when the count crosses a step, up or down, and not in between', () => {
    expect(reportDue(0, 1)).toBeNull();
    expect(reportDue(0, GATEWAY_REPORT_STEP - 1)).toBeNull();
    expect(reportDue(0, GATEWAY_REPORT_STEP)).toBe(1);
    expect(reportDue(1, GATEWAY_REPORT_STEP + 10)).toBeNull();
    expect(reportDue(2, 2 * GATEWAY_REPORT_STEP - 1)).toBe(1);
    expect(reportDue(1, 0)).toBe(0);
  });
});
