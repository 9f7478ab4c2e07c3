import { gatewayIndex, gatewayName } from '../../common/gateways/gateways';

/**
 * The visitor gateway an idle widget of `visitorId` is served by, among the company's `count`
 * gateways (read with the Origin lookup): the index, and the object's stub.
 */
export function visitorGateway(env: Env, companyId: string, visitorId: string, count: number) {
  const index = gatewayIndex(visitorId, count);
  return { index, stub: env.VISITOR_GATEWAY.get(env.VISITOR_GATEWAY.idFromName(gatewayName(companyId, index))) };
}
