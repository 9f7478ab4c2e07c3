import { MemoryRouter, Route } from '@solidjs/router';
import { render } from '@solidjs/testing-library';
import type { JSX } from 'solid-js';

/** Renders `ui` inside a memory router, for components with links (tests only). */
export function renderWithRouter(ui: () => JSX.Element) {
  return render(() => (
    <MemoryRouter>
      <Route path="*" component={ui} />
    </MemoryRouter>
  ));
}
