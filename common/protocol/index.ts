/**
 * The real-time protocol between widgets, operator chat pages and the company's Durable Object:
 * one valibot schema per frame, unions tagged by `type`. Documented in the README (Real-time protocol).
 */
export * from './client';
export * from './limits';
export * from './operator';
export * from './rating';
export * from './rating-limits';
export * from './receipt-marks';
export * from './receipts';
export * from './shared';
export * from './visitor';
