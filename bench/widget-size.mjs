// `node bench/widget-size.mjs`: the size budgets as bench lines, measured on the built files in
// dist/public (run `npm run build` first): the widget's (issue 5) and the console's first load (issue 13).
import { CONSOLE_BUDGETS, measureConsole } from '../scripts/check-console-size.mjs';
import { measureWidget, WIDGET_BUDGETS } from '../scripts/check-widget-size.mjs';

const size = measureWidget();
const line = (name, bytes, limit) =>
  console.log(`budget ${name}: ${(bytes / 1024).toFixed(2)} KB (limit ${limit} KB) ${bytes <= limit * 1024 ? 'PASS' : 'FAIL'}`);
line('widget-loader-gzip', size.loader, WIDGET_BUDGETS.loader);
line('widget-first-message-gzip', size.firstMessage, WIDGET_BUDGETS.firstMessage);
const consoleSize = measureConsole();
line('console-first-load-js-gzip', consoleSize.js, CONSOLE_BUDGETS.js);
line('console-first-load-css-gzip', consoleSize.css, CONSOLE_BUDGETS.css);
