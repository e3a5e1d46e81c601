// `npm run size`: gzip sizes (level 9, 1 KB = 1000 bytes) of the one-file embed and each lazily loaded
// chunk beside it (the locale files), against the budgets of issue 5. Expects
// `npm run build` to have run (the npm script does it first). Exits 1 when over.
// With `-- --by-module`, also what the embed's bytes are made of (scripts/size-by-module.js).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const DIR = new URL('../dist/cdn/', import.meta.url);
const EMBED = 'op-eligibility.js';
const KB = 1000;
const BUDGET = { embed: 45 * KB, chunk: 10 * KB };

const files = readdirSync(DIR).filter((name) => name.endsWith('.js'));
if (!files.includes(EMBED)) {
  console.error(`dist/cdn/${EMBED} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const rows = [EMBED, ...files.filter((name) => name !== EMBED).sort()].map((name) => {
  const code = readFileSync(new URL(name, DIR));
  const gzip = gzipSync(code, { level: 9 }).length;
  const budget = name === EMBED ? BUDGET.embed : BUDGET.chunk;
  return { file: `dist/cdn/${name}`, minified: kb(code.length), gzip: kb(gzip), budget: kb(budget), ok: gzip <= budget ? 'yes' : 'OVER' };
});
console.table(rows);

if (process.argv.includes('--by-module')) {
  const { sizeByModule } = await import('./size-by-module.js');
  const groups = sizeByModule(new URL(EMBED, DIR));
  console.log(`\n${EMBED} by package and source file (bytes):`);
  console.table(groups.filter((g) => g['gzip share'] >= 200));
}

const over = rows.filter((row) => row.ok === 'OVER');
if (over.length > 0) {
  console.error(`Over budget: ${over.map((row) => row.file).join(', ')}`);
  process.exit(1);
}
