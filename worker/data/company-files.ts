/**
 * Where a company's own R2 objects live: every object a company owns (attachments, exports) is
 * stored under this prefix, so erasing the company is one prefix sweep. User avatars belong to
 * the user, not to a company, and live elsewhere (common/avatar-keys.ts).
 */
export const companyFilesPrefix = (companyId: string) => `companies/${companyId}/`;

/** The buckets holding company objects; a feature with its own bucket adds its binding here. */
export const companyFileBuckets = (env: Env): R2Bucket[] => [env.AVATARS, env.ATTACHMENTS];

/** Deletes every object under the company's prefix, page by page. */
export async function eraseCompanyFiles(env: Env, companyId: string): Promise<void> {
  for (const bucket of companyFileBuckets(env)) {
    let cursor: string | undefined;
    do {
      const page = await bucket.list({ prefix: companyFilesPrefix(companyId), cursor });
      if (page.objects.length > 0) await bucket.delete(page.objects.map((o) => o.key));
      cursor = page.truncated ? page.cursor : undefined;
    } while (cursor);
  }
}
