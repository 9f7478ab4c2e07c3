import { query } from '@solidjs/router';
import type { TwoFactorStatus } from '../../../../common/schemas/two-factor';
import { api, call } from '../../lib/api';
import type { SessionItem } from './session-list';

/** Where the account is signed in (Settings → Sessions). */
export const getSessions = query(async () => (await call(api.api.me.sessions.$get())).sessions as SessionItem[], 'sessions');

/** Invitations to serve companies, waiting for the signed-in user's answer (Settings → Operator companies, the badge). */
export const getMyInvitations = query(() => call(api.api.me.invitations.$get()), 'my-invitations');

/** Whether two-factor login is on for the signed-in account (Settings → Two-factor authentication). */
export const getTwoFactorStatus = query(async () => (await call(api.api.me['two-factor'].$get())) as TwoFactorStatus, 'two-factor');
