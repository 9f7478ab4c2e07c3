/**
 * The form a visitor's secret is kept in (SHA-256, hex): the room can check a `hello` against it,
 * and its storage gives nothing away. The secret is 128 random bits, so no salt or stretching.
 */
export async function hashVisitorSecret(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
