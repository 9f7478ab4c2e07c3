/** The bench budgets and their one-line verdicts. Pure; no I/O. */

/** One budget: a measured value against a limit that is either a ceiling or a floor. */
export interface Budget {
  name: string;
  /** null when the figure could not be measured in this run (counts as a failure). */
  value: number | null;
  unit: string;
  limit: number;
  /** 'max': value must be ≤ limit; 'min': value must be ≥ limit. */
  kind: 'max' | 'min';
}

/** Whether the budget holds; a missing value never passes. */
export function passes(b: Budget): boolean {
  if (b.value === null || !Number.isFinite(b.value)) return false;
  return b.kind === 'max' ? b.value <= b.limit : b.value >= b.limit;
}

/** `budget NAME: VALUE UNIT (limit LIMIT) PASS|FAIL`, the line the issue asks for. */
export function budgetLine(b: Budget): string {
  const value = b.value === null || !Number.isFinite(b.value) ? 'n/a' : String(b.value);
  const limit = `${b.kind === 'max' ? '<=' : '>='} ${b.limit}`;
  return `budget ${b.name}: ${value} ${b.unit} (limit ${limit}) ${passes(b) ? 'PASS' : 'FAIL'}`;
}
