import * as v from 'valibot';
import { EmailSchema } from './auth';

/** POST /api/widget/transcript?key=&chatId= (F21): where the visitor wants the ended chat's transcript. */
export const TranscriptRequestBodySchema = v.object({ email: EmailSchema });
export type TranscriptRequestBody = v.InferOutput<typeof TranscriptRequestBodySchema>;

/**
 * The 429 codes the widget words in the visitor's language: the daily cap of the visitor, of the
 * email address (a stranger's inbox), of the network address, and of the company.
 */
export const TRANSCRIPT_REFUSALS = ['rate_limited', 'email_rate_limited', 'address_rate_limited', 'company_rate_limited'] as const;
export type TranscriptRefusal = (typeof TRANSCRIPT_REFUSALS)[number];
