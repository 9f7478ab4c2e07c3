import type { ChatMessage } from '../protocol';

/**
 * A chat as its emailed transcript shows it (F21): what the visitor saw, with operators' names
 * and attachments signed for TRANSCRIPT_URL_TTL_MS (room → worker).
 */
export interface TranscriptView {
  chatId: string;
  startedAt: number;
  closedAt: number | null;
  /** The chat's language code, which the mails speak when they can. */
  language: string;
  messages: ChatMessage[];
  /** Names of the operators who wrote in the chat, by id. */
  operatorNames: Record<string, string>;
}
