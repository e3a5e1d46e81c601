// The embed as built, copied to dist/bench/op-eligibility.js with a performance mark as
// its first statement: bench/run.js and bench/profile.js time from that mark. The chunks
// it fetches go beside it (a route's result fetches the hand-off's).
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';

export const MODULE_START = "performance.mark('module-start');\n";

/** Writes dist/bench/op-eligibility.js under `root`. */
export async function markedEmbed(root) {
  await mkdir(`${root}/dist/bench`, { recursive: true });
  const embed = await readFile(`${root}/dist/cdn/op-eligibility.js`, 'utf8');
  await writeFile(`${root}/dist/bench/op-eligibility.js`, MODULE_START + embed);
  for (const file of await readdir(`${root}/dist/cdn`)) {
    if (file.endsWith('.js') && file !== 'op-eligibility.js') await copyFile(`${root}/dist/cdn/${file}`, `${root}/dist/bench/${file}`);
  }
}
