import { operatorLimit } from '../../common/plans/limits';
import type { CompanyRole, SetupChecklist } from '../../common/schemas/company';
import type { CompanyRow } from './membership';

/** A company as GET/PATCH /api/companies/:companyId answer it: settings, role, plan limit, checklist. */
export function companyView(company: CompanyRow, role: CompanyRole, checklist: SetupChecklist) {
  return {
    id: company.id,
    name: company.name,
    publicKey: company.publicKey,
    role,
    notificationEmail: company.notificationEmail,
    /** Until the address confirms by its link, offline messages are mailed to the owner. */
    notificationEmailConfirmed: company.notificationEmail !== null && company.notificationEmailConfirmedAt !== null,
    offlineFormEnabled: company.offlineFormEnabled,
    ratingEnabled: company.ratingEnabled,
    typingPreviewEnabled: company.typingPreviewEnabled,
    maxChatsPerOperator: company.maxChatsPerOperator,
    newChatsPerMinute: company.newChatsPerMinute,
    busyBehaviour: company.busyBehaviour,
    maxQueueLength: company.maxQueueLength,
    greeting: company.greeting,
    color: company.color,
    position: company.position,
    categoriesEnabled: company.categoriesEnabled,
    retentionDays: company.retentionDays,
    attachmentMaxMegabytes: company.attachmentMaxMegabytes,
    timeZone: company.timeZone,
    widgetInstalledAt: company.widgetInstalledAt?.toISOString() ?? null,
    operatorLimit: operatorLimit(company),
    checklist,
  };
}
