/** A sentence to show for a failed action: the server's message, or a generic one. */
export function errorMessage(err: unknown): string {
  return err instanceof Error && err.message ? err.message : 'Something went wrong. Please try again.';
}
