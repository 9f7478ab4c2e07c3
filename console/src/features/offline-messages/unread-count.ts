import { createSignal } from 'solid-js';

const [counts, setCounts] = createSignal<Readonly<Record<string, number>>>({});

/**
 * Unread offline messages per company, shared by the navigation badge and the page: every API
 * answer that carries `unreadCount` updates it, so marking a message read updates the badge too.
 */
export function unreadCount(companyId: string): number | undefined {
  return counts()[companyId];
}

export function setUnreadCount(companyId: string, count: number): void {
  setCounts((prev) => (prev[companyId] === count ? prev : { ...prev, [companyId]: count }));
}
