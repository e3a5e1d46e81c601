// Shared by the Node tests that type-check a scratch project as a developer's TypeScript would.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULES = join(fileURLToPath(new URL('../..', import.meta.url)), 'node_modules');

/**
 * The compilers a developer may have: the 5.9 this repository builds with, and 7, which
 * `npm install typescript` installs now (a native port, with its own module resolution
 * and checks). Both are devDependencies; 7 under the alias `typescript-7`.
 */
const COMPILERS = ['typescript', 'typescript-7'].map((name) => ({ name, tsc: join(MODULES, name, 'bin', 'tsc') }));

/** What `tsc -p project` reports under each compiler, each report headed by the compiler's name: '' when the project type-checks under both. */
export function typeErrors(project) {
  return COMPILERS.map(({ name, tsc }) => {
    try {
      execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8' });
      return '';
    } catch (error) {
      return `${name}:\n${error.stdout}${error.stderr}`;
    }
  }).join('');
}
