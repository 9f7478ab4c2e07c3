import type { SetupChecklist } from '../../../../../common/schemas/company';

/** One step of the seed's "set up a company after creation" list, and the section that does it. */
export interface SetupStep {
  key: keyof SetupChecklist;
  title: string;
  hint: string;
  section: string;
  action: string;
}

/** The five mandatory setup steps, in the help page's order and words. */
export const SETUP_STEPS: readonly SetupStep[] = [
  {
    key: 'domainAdded',
    title: 'Add a domain on which the widget will be used',
    hint: 'The widget shows only on your registered domains.',
    section: 'domains',
    action: 'Add a domain',
  },
  {
    key: 'languageAdded',
    title: 'Add supported languages (and categories if necessary)',
    hint: 'Visitors are served in these languages; categories let them pick a department.',
    section: 'languages',
    action: 'Add languages',
  },
  {
    key: 'operatorAdded',
    title: 'Add operators',
    hint: 'You are an operator already; invite colleagues by email.',
    section: 'operators',
    action: 'Manage operators',
  },
  {
    key: 'destinationsSet',
    title: 'Specify the target languages / categories for the operators',
    hint: 'In Operators, each operator has a Destination management item.',
    section: 'operators',
    action: 'Set destinations',
  },
  {
    key: 'widgetInstalled',
    title: 'Add the widget to your website',
    hint: 'Paste the widget code into the <head> of your pages.',
    section: 'widget/code',
    action: 'Get the widget code',
  },
];

/** How far setup is: steps done, the total, and the first step still open (undefined when all are done). */
export function setupProgress(checklist: SetupChecklist): { done: number; total: number; next: SetupStep | undefined } {
  return {
    done: SETUP_STEPS.filter((step) => checklist[step.key]).length,
    total: SETUP_STEPS.length,
    next: SETUP_STEPS.find((step) => !checklist[step.key]),
  };
}
