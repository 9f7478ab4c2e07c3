import { apiFetch } from '../../../test/helpers';
import type { TestCompany } from '../../../test/realtime';
import { companyPath, expectJson } from '../../companies/test/api';

/** Publishes (or unpublishes) one help article in English and Ukrainian, as the company's owner. */
export async function publishHelp(company: TestCompany, published: boolean): Promise<void> {
  const as = { user: company.owner };
  if (published) {
    const article = {
      slug: 'returns',
      published: true,
      translations: [
        { lang: 'en', title: 'Returning a parcel', body: 'Within 30 days.' },
        { lang: 'uk', title: 'Повернення посилки', body: 'Протягом 30 днів.' },
      ],
    };
    await expectJson(await apiFetch(companyPath(company.id, '/articles'), { ...as, body: article }), 201);
  } else {
    await expectJson(
      await apiFetch(companyPath(company.id, '/articles/returns'), { ...as, method: 'PATCH', body: { published: false } }),
      200,
    );
  }
}
