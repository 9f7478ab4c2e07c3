import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import * as v from 'valibot';
import { randomId, sha256Hex } from '../../common/ids';
import { ServerIdSchema, VisitorSecretSchema } from '../../common/protocol';
import { TranscriptRequestBodySchema } from '../../common/schemas/transcript';
import { companies, transcriptRequests } from '../../db/schema';
import { companyRoom } from '../lib/company-room';
import { ApiError } from '../lib/errors';
import { clientIp, enforceRateLimit } from '../lib/rate-limit';
import { validate } from '../lib/validate';
import { sendMail } from '../mail/mailer';
import type { AppEnv } from '../types';
import { originNotAllowed, preflightAllowed, preflightHeaders, widgetAccess, widgetCors } from '../widget/access';
import { CONFIRM_TTL_MS, TRANSCRIPTS_PER_ADDRESS, TRANSCRIPTS_PER_COMPANY, TRANSCRIPTS_PER_EMAIL, TRANSCRIPTS_PER_VISITOR } from './limits';
import { transcriptConfirmMail } from './transcript-mail';

const QuerySchema = v.object({ key: v.pipe(v.string(), v.minLength(1), v.maxLength(100)), chatId: ServerIdSchema });

const noSecret = () => new ApiError(401, 'visitor_secret', 'Send the visitor secret as Authorization: Bearer <visitorSecret>.');
const refusal = (code: string, message: string) => () => new ApiError(429, code, message);

/**
 * POST /api/widget/transcript?key=&chatId= (F21): the visitor of an ended chat, proven by
 * `Authorization: Bearer <visitorSecret>`, asks for its transcript at `{email}`. Nothing is sent
 * but a single-use confirmation link; the transcript goes out only once it is opened
 * (confirm-routes.ts). Capped a day per visitor, email address, network address and company.
 */
export const transcriptWidgetRoutes = new Hono<AppEnv>()
  .options('/transcript', widgetCors, async (c) => {
    if (!(await preflightAllowed(c))) throw originNotAllowed();
    return c.body(null, 204, preflightHeaders('POST, OPTIONS', 'Content-Type, Authorization'));
  })
  .post('/transcript', widgetCors, validate('query', QuerySchema), validate('json', TranscriptRequestBodySchema), async (c) => {
    const { key, chatId } = c.req.valid('query');
    const { email } = c.req.valid('json');
    const access = await widgetAccess(c, key);
    if (!access) throw originNotAllowed();
    const secret = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    if (!secret || !v.is(VisitorSecretSchema, secret)) throw noSecret();
    const { companyId } = access;
    const grant = await companyRoom(c.env, companyId).authorizeTranscript(companyId, chatId, secret);
    if (!grant.ok) throw new ApiError(grant.status, grant.code, grant.message);

    await enforceRateLimit(
      c,
      `transcript:visitor:${companyId}:${grant.visitorId}`,
      TRANSCRIPTS_PER_VISITOR,
      refusal('rate_limited', 'You have asked for several transcripts today. Please try again tomorrow.'),
    );
    await enforceRateLimit(
      c,
      `transcript:email:${email}`,
      TRANSCRIPTS_PER_EMAIL,
      refusal('email_rate_limited', 'This address has been sent several transcripts today. Please try again tomorrow.'),
    );
    await enforceRateLimit(
      c,
      `transcript:address:${companyId}:${clientIp(c)}`,
      TRANSCRIPTS_PER_ADDRESS,
      refusal('address_rate_limited', 'Many transcripts were asked for from this network today. Please try again tomorrow.'),
    );
    await enforceRateLimit(
      c,
      `transcript:company:${companyId}`,
      TRANSCRIPTS_PER_COMPANY,
      refusal('company_rate_limited', 'Transcripts are not available right now. Please try again tomorrow.'),
    );

    const db = c.get('db');
    const company = await db.select({ name: companies.name }).from(companies).where(eq(companies.id, companyId)).get();
    if (!company) throw originNotAllowed();
    const token = randomId(32);
    const now = Date.now();
    await db.insert(transcriptRequests).values({
      id: await sha256Hex(token),
      companyId,
      chatId,
      visitorId: grant.visitorId,
      email,
      createdAt: new Date(now),
      expiresAt: new Date(now + CONFIRM_TTL_MS),
    });
    await sendMail(c.env, { to: email, ...transcriptConfirmMail(c.env.APP_ORIGIN, company.name, token, grant.language) });
    return c.json({ accepted: true }, 202);
  });
