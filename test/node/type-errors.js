// Shared by the Node tests that type-check a scratch project with this repository's TypeScript.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TSC = join(fileURLToPath(new URL('../..', import.meta.url)), 'node_modules', 'typescript', 'bin', 'tsc');

/** What `tsc -p project` reports: '' when the project type-checks. */
export function typeErrors(project) {
  try {
    execFileSync(process.execPath, [TSC, '-p', project], { cwd: project, encoding: 'utf8' });
    return '';
  } catch (error) {
    return `${error.stdout}${error.stderr}`;
  }
}
