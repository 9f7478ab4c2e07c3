import { describe, expect, test } from 'vitest';
import { companyPath, sectionOf, switchCompanyPath } from './company-nav';

describe('company navigation paths', () => {
  test.each([
    ['/companies/c1', ''],
    ['/companies/c1/', ''],
    ['/companies/c1/domains', 'domains'],
    ['/companies/c1/reports', 'reports'],
    ['/companies/c1/operators/u9/destinations', 'operators'],
    ['/companies/c1/widget/code', 'widget/code'],
    ['/companies/c1/widget/test-chat/', 'widget/test-chat'],
    ['/companies/c1/domainsxyz', ''],
    ['/companies/c1/unknown', ''],
  ])('%s is in section "%s"', (pathname, section) => {
    expect(sectionOf(pathname)).toBe(section);
  });

  test('switching keeps the section and drops ids of the old company', () => {
    expect(switchCompanyPath('/companies/c1/fast-responses', 'c2')).toBe('/companies/c2/fast-responses');
    expect(switchCompanyPath('/companies/c1/operators/u9/destinations', 'c2')).toBe('/companies/c2/operators');
    expect(switchCompanyPath('/companies/c1', 'c2')).toBe('/companies/c2');
  });

  test('company ids are encoded into the path', () => {
    expect(companyPath('a/b', 'domains')).toBe('/companies/a%2Fb/domains');
  });
});
