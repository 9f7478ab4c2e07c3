import { LIVE_URL_TTL_MS } from '../../common/attachments/limits';
import { attachmentKey, attachmentUrlSecret, signAttachmentUrl } from '../../common/attachments/signed-url';
import type { AttachmentRows } from './attachment-rows';

/** The R2 side of the chats' files (F20): their signed URLs, and deleting them with their chats. */
export class ChatFiles {
  constructor(
    private readonly env: Env,
    private readonly attachments: AttachmentRows,
    /** The room's company, or null before its first use and after its erasure. */
    private readonly companyId: () => string | null,
  ) {}

  /** Deletes the R2 objects of these chats' attachments (R2 takes up to 1,000 keys per call). */
  async deleteChatFiles(chatIds: string[]): Promise<void> {
    const companyId = this.companyId();
    if (!companyId) return;
    const keys = this.attachments.ofChats(chatIds).map((a) => attachmentKey({ companyId, chatId: a.chatId, id: a.id }));
    for (let i = 0; i < keys.length; i += 1000) await this.env.ATTACHMENTS.delete(keys.slice(i, i + 1000));
  }

  /** A file's URL, signed now for `ttlMs` (the live chat's by default). */
  attachmentUrl(chatId: string, attachmentId: string, ttlMs = LIVE_URL_TTL_MS): string {
    const secret = attachmentUrlSecret(this.env);
    const companyId = this.companyId();
    // Uploads are refused without a key, so only a key removed after files were sent gets here.
    if (!secret || !companyId) throw new Error('attachment URLs cannot be signed: ATTACHMENT_URL_SECRET is not set');
    return signAttachmentUrl(secret, { companyId, chatId, id: attachmentId }, Date.now(), ttlMs);
  }
}
