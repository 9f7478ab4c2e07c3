// `node bench/widget-size.mjs`: the widget's size budgets as bench lines (issue 5), measured on
// the built files in dist/public (run `npm run build` first).
import { measureWidget, WIDGET_BUDGETS } from '../scripts/check-widget-size.mjs';

const size = measureWidget();
const line = (name, bytes, limit) =>
  console.log(`budget ${name}: ${(bytes / 1024).toFixed(2)} KB (limit ${limit} KB) ${bytes <= limit * 1024 ? 'PASS' : 'FAIL'}`);
line('widget-loader-gzip', size.loader, WIDGET_BUDGETS.loader);
line('widget-first-message-gzip', size.firstMessage, WIDGET_BUDGETS.firstMessage);
