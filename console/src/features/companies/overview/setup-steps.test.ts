import { describe, expect, test } from 'vitest';
import type { SetupChecklist } from '../../../../../common/schemas/company';
import { SETUP_STEPS, setupProgress } from './setup-steps';

const none: SetupChecklist = {
  domainAdded: false,
  languageAdded: false,
  operatorAdded: false,
  destinationsSet: false,
  widgetInstalled: false,
};

describe('setup steps', () => {
  test('cover every checklist item exactly once, in the seed order', () => {
    expect(SETUP_STEPS.map((s) => s.key)).toEqual(['domainAdded', 'languageAdded', 'operatorAdded', 'destinationsSet', 'widgetInstalled']);
    expect(new Set(SETUP_STEPS.map((s) => s.key)).size).toBe(Object.keys(none).length);
  });

  test('the next step is the first one not done, even after later ones are', () => {
    const progress = setupProgress({ ...none, domainAdded: true, operatorAdded: true });
    expect(progress.done).toBe(2);
    expect(progress.total).toBe(5);
    expect(progress.next?.key).toBe('languageAdded');
  });

  test('nothing is next when all steps are done', () => {
    const all = Object.fromEntries(Object.keys(none).map((k) => [k, true])) as unknown as SetupChecklist;
    expect(setupProgress(all)).toMatchObject({ done: 5, next: undefined });
  });

  test('destination management points at the operators section', () => {
    expect(SETUP_STEPS.find((s) => s.key === 'destinationsSet')?.section).toBe('operators');
    expect(SETUP_STEPS.find((s) => s.key === 'widgetInstalled')?.section).toBe('widget/code');
  });
});
