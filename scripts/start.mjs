// `npm start`: build console and widget, apply local migrations, seed the demo, run wrangler dev.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyLocalMigrations, executeLocalSql, run, startWranglerDev } from './lib.mjs';
import { DEMO, seedSql } from './seed-sql.mjs';

const port = Number(process.env.PORT ?? 8787);

run('npm', ['run', 'build', '--silent']);
applyLocalMigrations();
const seedFile = path.join(tmpdir(), `parley-seed-${process.pid}.sql`);
writeFileSync(seedFile, seedSql());
executeLocalSql(seedFile);

const dev = await startWranglerDev({ port });
console.log(`
  Parley is running.

  Console:   ${dev.url}/
  Log in as: ${DEMO.owner.email} / ${DEMO.owner.password}
  Operator:  ${DEMO.operator.email} / ${DEMO.operator.password}
  Mailbox:   ${dev.url}/dev/mail   (every email sent locally)
  Demo shop: http://${DEMO.company.host}:${port}/   (the widget on the seeded demo domain)

  Press Ctrl+C to stop.
`);
const shutdown = () => {
  dev.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
dev.child.on('exit', (code) => process.exit(code ?? 0));
