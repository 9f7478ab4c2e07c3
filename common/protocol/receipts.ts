import * as v from 'valibot';
import { ServerIdSchema } from './shared';

/** A position in a chat's `seq` sequence; 0 before the first message. */
const SeqSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

/** How far one side of a chat got (receipt-marks.ts): the highest seq received and the highest seen. */
export const MarksSchema = v.object({ delivered: v.number(), seen: v.number() });

/** Both sides' marks of one chat, in every chat snapshot and `receipts` frame. */
export const ChatReceiptsSchema = v.object({ visitor: MarksSchema, operator: MarksSchema });

/**
 * A client's delivered and seen marks for a chat of its side (F21), either way: `delivered` the
 * highest seq it has received, `seen` the highest seq of the other side's messages it showed in a
 * focused view. Marks only move forward; a seq beyond the chat's last message is refused (`invalid_seq`).
 */
export const ReceiptSchema = v.object({ type: v.literal('receipt'), chatId: ServerIdSchema, delivered: SeqSchema, seen: SeqSchema });
export type Receipt = v.InferOutput<typeof ReceiptSchema>;

/** A chat's marks moved: to the visitor's tabs and the chat's operator's tabs, both sides' marks. */
export const ReceiptsFrameSchema = v.object({ type: v.literal('receipts'), chatId: v.string(), ...ChatReceiptsSchema.entries });
