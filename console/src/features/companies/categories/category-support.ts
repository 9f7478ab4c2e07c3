/** Which way category support flips with an action, if it does: 'on' | 'off' | null. */
export type SupportFlip = 'on' | 'off' | null;

/**
 * Category support turns on with the first category and off with the last (F5); both flips
 * delete every operator's destination assignments, so the console warns before them.
 */
export function supportFlip(categoriesBefore: number, action: 'add' | 'remove'): SupportFlip {
  if (action === 'add') return categoriesBefore === 0 ? 'on' : null;
  return categoriesBefore === 1 ? 'off' : null;
}

/** The warning shown before a flip (the seed's "Attention!"). */
export function flipWarning(flip: Exclude<SupportFlip, null>): string {
  const what =
    flip === 'on' ? 'Adding the first category turns category support on' : 'Removing the last category turns category support off';
  return `${what}, and all current operator destination assignments (languages and categories) will be deleted. You will need to set every operator’s destinations again.`;
}

/** What happened after a flip, for the notice shown once the server confirms it. */
export function flipReport(flip: Exclude<SupportFlip, null>): string {
  return `Category support is now ${flip}. All operator destination assignments were deleted — set them again in Operators → Destination management.`;
}
