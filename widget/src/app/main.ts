/** The app chunk's entry, imported by the loader once the server accepted this site: `start(boot)`. */
export { startWidget as start } from './widget';
