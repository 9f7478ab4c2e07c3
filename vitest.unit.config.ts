import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';

// Unit tests of browser-side code (console and widget logic) in Node with a DOM.
export default defineConfig({
  plugins: [solid()],
  test: {
    include: ['console/src/**/*.test.{ts,tsx}', 'widget/src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/lib/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./console/src/test-setup.ts'],
  },
});
