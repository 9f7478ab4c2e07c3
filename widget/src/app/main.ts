import type { Boot } from '../boot';
import { startWidget } from './widget';

/** The app chunk's entry, imported by the loader once the server accepted this site. */
export function start(boot: Boot): void {
  startWidget(boot);
}
