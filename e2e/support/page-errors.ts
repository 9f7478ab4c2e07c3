import type { Page } from 'playwright-core';

/** Collects uncaught page errors, so a broken page fails the test with its own message. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}
