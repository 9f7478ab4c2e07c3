/** What part of a company's data changed; the company's Durable Object reloads and pushes it (F13). */
export const CONFIG_CHANGES = [
  'settings',
  'domains',
  'languages',
  'categories',
  'operators',
  'destinations',
  'fast-responses',
  'plan',
  /** A help article was written, published or removed (F19): the languages the widget offers its help center in. */
  'help',
  'deleted',
] as const;

export type ConfigChange = (typeof CONFIG_CHANGES)[number];
