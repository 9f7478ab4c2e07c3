/**
 * The company's Durable Object: one per company, named by the company's id. Every caller gets the
 * stub here, so the naming lives in one place.
 */
export function companyRoom(env: Env, companyId: string) {
  return env.COMPANY_ROOM.get(env.COMPANY_ROOM.idFromName(companyId));
}
