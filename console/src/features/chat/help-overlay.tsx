import { For } from 'solid-js';
import { Dialog } from '../companies/shared/confirm-dialog';
import { SHORTCUTS } from './shortcuts';

/** The keyboard shortcuts of the chat page, opened with `?` or the toolbar's ? button. */
export function HelpOverlay(props: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={props.onClose}>
      <table class="shortcut-table">
        <tbody>
          <For each={SHORTCUTS}>
            {(s) => (
              <tr>
                <th scope="row">
                  <kbd>{s.keys}</kbd>
                </th>
                <td>{s.does}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <div class="dialog-actions">
        <button type="button" class="primary" autofocus onClick={props.onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
