// Every name the package's entries export is part of its API: it has JSDoc, read by
// editors from the .d.ts files, and the README names it, so a host finds it in either.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);
const ENTRIES = ['dist/index.d.ts', 'dist/core/index.d.ts', 'dist/core/machine.d.ts'].map((path) => fileURLToPath(new URL(path, root)));
const program = ts.createProgram(ENTRIES, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true });
const checker = program.getTypeChecker();

function exportsOf(entry) {
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry));
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return { name: exported.name, documented: symbol.getDocumentationComment(checker).length > 0 };
  });
}
const [element, core, machine] = ENTRIES.map(exportsOf);
const exported = [element, core, machine].flat();

test('the entries export names at all (the build is there)', () => {
  assert.ok(exported.length > 50, `${exported.length} names`);
});

test('every exported name has JSDoc', () => {
  assert.deepEqual(exported.filter((e) => !e.documented).map((e) => e.name), []);
});

test('the README names every exported name', async () => {
  const readme = await readFile(new URL('README.md', root), 'utf8');
  assert.deepEqual(exported.filter((e) => !readme.includes(`\`${e.name}\``)).map((e) => e.name), []);
});

test('the README’s list of exports (“Everything op-eligibility/core exports”) names what each entry exports, and nothing it does not', async () => {
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const section = readme.slice(readme.indexOf('### Everything `op-eligibility/core` exports'), readme.indexOf('\n## ', readme.indexOf('### Everything')));
  // Names in backticks, leaving out what parentheses explain (`rights`, `YYYY-MM-DD`).
  const names = (text) => [...text.replace(/\([^)]*\)/g, '').matchAll(/`([A-Za-z_]\w*)`/g)].map((m) => m[1]).sort();
  const [coreList, elementList, machineList] = section.split(/\n`op-eligibility` adds |`op-eligibility\/machine` exports /);
  const sorted = (entries) => entries.map((e) => e.name).sort();
  assert.deepEqual(names(coreList), sorted(core));
  assert.deepEqual(names(elementList), sorted(element.filter((e) => !core.some((c) => c.name === e.name))));
  assert.deepEqual(sorted(core.filter((c) => !element.some((e) => e.name === c.name))), [], '`op-eligibility` exports all of them too');
  assert.deepEqual(names(machineList), sorted(machine));
});

/** The string literals of an exported union type (NextStepCode, RouteCaveat), read from the .d.ts as a host's editor reads them. */
function codesOf(name) {
  const module = checker.getSymbolAtLocation(program.getSourceFile(ENTRIES[1]));
  const alias = checker.getExportsOfModule(module).find((e) => e.name === name);
  const type = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(alias));
  return (type.isUnion() ? type.types : [type]).map((t) => t.value);
}

test('the README’s headless use names every next step and every route caveat a clinic’s switch must handle', async () => {
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const section = readme.slice(readme.indexOf('## Headless use'), readme.indexOf('### Screening a batch of records'));
  for (const name of ['NextStepCode', 'RouteCaveat']) {
    const codes = codesOf(name);
    assert.ok(codes.length > 10 && codes.every((c) => typeof c === 'string'), `${name}: ${codes}`);
    assert.deepEqual(codes.filter((c) => !section.includes(`\`${c}\``)), [], `${name} codes the README does not name`);
  }
});
