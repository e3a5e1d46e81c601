// custom-elements.json (built by `npm run manifest` from the JSDoc on the element class)
// describes the element's whole public surface, and stays in step with the sources: a
// part or custom property used in src/element but not documented fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'op-eligibility');

async function elementSources() {
  const dir = new URL('src/element/', root);
  const files = await readdir(dir, { recursive: true });
  const texts = await Promise.all(files.filter((f) => f.endsWith('.ts')).map((f) => readFile(new URL(f, dir), 'utf8')));
  return texts.map((text) => text.replace(/\/\*\*[^]*?\*\//g, '')); // what the code uses, not what its JSDoc says
}

test('package.json names the manifest, and the manifest declares <op-eligibility>', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
  assert.equal(element?.name, 'OpEligibility');
});

test('every reference names a module by its path in the package, as the modules are named, so that a tool can follow it', async () => {
  const references = [];
  const collect = (node) => {
    if (Array.isArray(node)) return node.forEach(collect);
    if (!node || typeof node !== 'object') return;
    if (typeof node.module === 'string' && node.package === undefined) references.push(node.module);
    Object.values(node).forEach(collect);
  };
  collect(manifest.modules);
  assert.ok(references.length >= 8, `${references.length} references: the events’ types and the exports`);
  // A re-export's reference kept its specifier ("./element/events.js" from dist/index.js), which names no module.
  const unknown = [...new Set(references)].filter((path) => !existsSync(new URL(path, root)) || !/^dist\//.test(path));
  assert.deepEqual(unknown, []);
});

test('it describes what a host can import: the entry that registers <op-eligibility>, and the element’s module, no internal helper', () => {
  // The analyzer reads every element module, for the constants and event types the element
  // uses; their controllers and functions are no API, and the exports map hides them.
  assert.deepEqual(manifest.modules.map((m) => m.path), ['dist/index.js', 'dist/element/op-eligibility.js']);
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [m.path, e.name, e.declaration.module]));
  assert.deepEqual(definitions, [['dist/index.js', 'op-eligibility', 'dist/element/op-eligibility.js']]);
});

test('each module’s JavaScript exports are names it exports at run time: a type-only export (an event’s detail type) is no value to import', async () => {
  for (const mod of manifest.modules) {
    const runtime = Object.keys(await import(new URL(mod.path, root)));
    const claimed = (mod.exports ?? []).filter((e) => e.kind === 'js' && e.name !== '*').map((e) => e.name);
    assert.deepEqual(claimed.filter((name) => !runtime.includes(name)), [], mod.path);
  }
});

test('attributes and properties, with their attribute names', () => {
  assert.deepEqual(
    element.attributes.map((a) => [a.name, a.fieldName]),
    [
      ['lang', 'lang'],
      ['as-of', 'asOf'],
      ['heading-level', 'headingLevel'],
      ['mode', 'mode'],
      ['scenario', 'scenario'],
      ['no-quick-exit', 'noQuickExit'],
      ['exit-url', 'exitUrl'],
      ['persist', 'persist'],
      ['persist-ttl', 'persistTtl'],
    ],
  );
  const publicFields = element.members.filter((m) => m.kind === 'field' && m.privacy === 'public' && !m.static);
  assert.deepEqual(publicFields.map((m) => m.name).sort(), [
    'answers',
    'asOf',
    'exitUrl',
    'headingLevel',
    'lang',
    'mode',
    'noQuickExit',
    'parties',
    'persist',
    'persistTtl',
    'procedures',
    'scenario',
  ]);
  assert.ok(publicFields.every((m) => m.description), 'every property is described');
  assert.ok(!element.members.some((m) => m.privacy === 'private'), 'private fields are left out');
});

test('events, each with its type (the CustomEvent types the package exports)', () => {
  assert.deepEqual(element.events.map((e) => [e.name, e.type?.text]).sort(), [
    ['op-eligibility-complete', 'OpEligibilityCompleteEvent'],
    ['op-eligibility-error', 'OpEligibilityErrorEvent'],
    ['op-eligibility-exit', 'OpEligibilityExitEvent'],
    ['op-eligibility-step', 'OpEligibilityStepEvent'],
  ]);
});

test('one slot, the default: the page’s fallback, shown while the first question loads', async () => {
  assert.deepEqual(element.slots?.map((s) => s.name), ['']);
  const sources = (await elementSources()).join('\n');
  assert.deepEqual([...sources.matchAll(/<slot( name="[^"]*")?>/g)].map((m) => m[0]), ['<slot>']);
});

test('attribute types and defaults are values a tool can use, never the names of constants', () => {
  const attribute = (name) => element.attributes.find((a) => a.name === name);
  assert.equal(attribute('heading-level').default, '2');
  assert.equal(attribute('mode').type.text, "'screening' | 'training' | undefined");
  assert.equal(attribute('persist').type.text, "'session' | 'local' | undefined");
  assert.deepEqual(element.attributes.filter((a) => /^[A-Z_]+$/.test(a.default ?? '')).map((a) => a.name), []);
});

test('each attribute with a fixed default shows it, and it is the one the code uses', async () => {
  // Defaults the code applies when an attribute is absent or refused, not as initialisers,
  // so the JSDoc states them (@default): a tool showing the manifest must not say "undefined".
  const [{ DEFAULT_EXIT_URL }, { DEFAULT_TTL_HOURS }, { MODE, DEFAULT_HEADING_LEVEL }] = await Promise.all(
    ['quick-exit-settings', 'persistence', 'input-checks'].map((name) => import(new URL(`dist/element/${name}.js`, root))),
  );
  const defaults = Object.fromEntries(element.attributes.filter((a) => a.default !== undefined).map((a) => [a.name, a.default]));
  assert.deepEqual(defaults, {
    'heading-level': String(DEFAULT_HEADING_LEVEL),
    mode: `'${MODE.fallback}'`,
    'no-quick-exit': 'false',
    'exit-url': `'${DEFAULT_EXIT_URL}'`,
    'persist-ttl': String(DEFAULT_TTL_HOURS),
  });
});

test('every part and custom property the sources use is documented, and nothing more', async () => {
  const sources = (await elementSources()).join('\n');
  const parts = new Set([...sources.matchAll(/part="([^"]+)"/g)].flatMap((m) => m[1].split(/\s+/)));
  const properties = new Set(sources.match(/--op-eligibility-[a-z-]+/g));
  assert.deepEqual(element.cssParts.map((p) => p.name).sort(), [...parts].sort());
  assert.deepEqual(element.cssProperties.map((p) => p.name).sort(), [...properties].sort());
});

test('the README’s Theming paragraph names every part and custom property, and nothing more', async () => {
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const theming = readme.slice(readme.indexOf('Theming:'), readme.indexOf('```css', readme.indexOf('Theming:')));
  const [properties, parts] = theming.split(/;\s*parts\s/);
  const names = (text) => [...text.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
  const full = (name) => (name.startsWith('--') ? name : `--op-eligibility${name}`);
  assert.deepEqual(names(parts).sort(), element.cssParts.map((p) => p.name).sort());
  assert.deepEqual(names(properties).map(full).sort(), element.cssProperties.map((p) => p.name).sort());
});

test('a host finds every training scenario id, for `scenario` and `#scenario=`, in the README and the manifest: SCENARIOS is not exported', async () => {
  const { SCENARIOS } = await import(new URL('dist/data/scenarios.js', root));
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const attribute = element.attributes.find((a) => a.name === 'scenario').description;
  for (const { id } of SCENARIOS) {
    assert.ok(readme.includes(`\`${id}\``), `README: ${id}`);
    assert.ok(attribute.includes(`\`${id}\``), `manifest: ${id}`);
  }
});

test('the README’s table of training scenarios is SCENARIOS: its order, each outcome, and articles that its reasons cite', async () => {
  const { SCENARIOS } = await import(new URL('dist/data/scenarios.js', root));
  const { assess } = await import(new URL('dist/core/index.js', root));
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const rows = [...readme.matchAll(/^\| [^|]+ \| `([a-z0-9-]+)` \| ([^|]+) \| `([a-z-]+)` \|$/gm)];
  assert.deepEqual(rows.map(([, id]) => id), SCENARIOS.map((s) => s.id));
  for (const [, id, lesson, outcome] of rows) {
    const scenario = SCENARIOS.find((s) => s.id === id);
    const { reasons } = assess(scenario.answers, { asOf: scenario.asOf });
    assert.equal(outcome, scenario.expected, id);
    const cited = [...lesson.matchAll(/art\. (\d+(?:\([0-9a-z]+\))*)/g)].map((m) => m[1]);
    assert.ok(cited.length > 0, `${id}: the lesson names its article`);
    for (const article of cited) assert.ok(reasons.some((r) => r.article === article), `${id}: art. ${article} is among its reasons`);
  }
});

test('the manifest’s types are the .d.ts types: each property’s and attribute’s, and each event’s, which refers to the module declaring it, a CustomEvent of its detail', () => {
  const entry = fileURLToPath(new URL('dist/index.d.ts', root));
  const program = ts.createProgram([entry], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const exported = new Map(checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry))).map((s) => [s.name, checker.getAliasedSymbol(s)]));
  const declared = (symbol) => symbol.declarations[0].type.getText().replace(/"/g, "'");
  const members = checker.getDeclaredTypeOfSymbol(exported.get('OpEligibility'));
  const fields = element.members.filter((m) => m.kind === 'field' && m.privacy === 'public' && !m.static);
  assert.deepEqual(
    fields.map((m) => [m.name, m.type?.text]),
    fields.map((m) => [m.name, declared(members.getProperty(m.name))]),
  );
  assert.deepEqual(
    element.attributes.map((a) => [a.name, a.type?.text]),
    element.attributes.map((a) => [a.name, fields.find((m) => m.name === a.fieldName)?.type?.text]),
  );
  const eventMap = checker.getDeclaredTypeOfSymbol(exported.get('OpEligibilityEventMap'));
  for (const event of element.events) {
    const name = event.type.text;
    assert.equal(declared(eventMap.getProperty(event.name)), name, event.name);
    assert.deepEqual(event.type.references, [{ name, module: 'dist/element/events.js', start: 0, end: name.length }], event.name);
    const alias = exported.get(name).declarations[0];
    assert.equal(alias.getSourceFile().fileName, fileURLToPath(new URL('dist/element/events.d.ts', root)));
    assert.match(alias.type.getText(), /^CustomEvent<OpEligibility\w+Detail>$/, name);
  }
});

test('each custom property’s default is the one the styles fall back to, so a tool shows what an unset property looks like', async () => {
  const sources = (await elementSources()).join('\n');
  /** The text of a `var(` call's arguments starting at `from`, up to its closing parenthesis. */
  const argumentsAt = (from) => {
    let depth = 1;
    let i = from;
    for (; depth > 0; i++) depth += sources[i] === '(' ? 1 : sources[i] === ')' ? -1 : 0;
    return sources.slice(from, i - 1);
  };
  // The element's own custom properties (`--_space: var(--op-eligibility-space, 1rem)`), as a host reads them.
  const internal = new Map([...sources.matchAll(/(--_[a-z-]+):\s*var\(/g)].map((m) => [m[1], `var(${argumentsAt(m.index + m[0].length)})`]));
  const expand = (text) => text.replace(/var\((--_[a-z-]+)\)/g, (call, name) => (internal.has(name) ? expand(internal.get(name)) : call));
  const fallbacks = new Map();
  for (const m of sources.matchAll(/var\((--op-eligibility-[a-z-]+),\s*/g)) {
    const fallback = expand(argumentsAt(m.index + 4).slice(m[0].length - 4));
    fallbacks.set(m[1], [...(fallbacks.get(m[1]) ?? []), fallback]);
  }
  const unmatched = element.cssProperties.filter((p) => !fallbacks.get(p.name)?.includes(p.default));
  assert.deepEqual(unmatched.map((p) => [p.name, p.default ?? null, fallbacks.get(p.name)]), []);
});

test('the README’s attribute, event and method tables list what the manifest does, each attribute with its property', async () => {
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const firstCells = (heading) => {
    const table = readme.slice(readme.indexOf(heading)).split('\n\n')[0];
    return table.split('\n').slice(2).map((row) => row.split('|')[1].trim());
  };
  const fields = element.members.filter((m) => m.kind === 'field' && m.privacy === 'public' && !m.static);
  const named = fields.map((field) => {
    const attribute = element.attributes.find((a) => a.fieldName === field.name)?.name;
    if (!attribute) return `\`${field.name}\` (property)`;
    return attribute === field.name ? `\`${field.name}\`` : `\`${attribute}\` / \`${field.name}\``;
  });
  assert.deepEqual(firstCells('| attribute / property |').sort(), named.sort());
  assert.deepEqual(firstCells('| event (bubbles, composed) |').sort(), element.events.map((e) => `\`${e.name}\``).sort());
  const methods = element.members.filter((m) => m.kind === 'method' && !m.privacy && !m.static);
  assert.deepEqual(firstCells('| method |').sort(), methods.map((m) => `\`${m.name}()\``).sort());
});

test('the README’s WordPress recipe allows every attribute of the element in posts, and the global ones WordPress gives only to tags it knows, so that WordPress strips none of them', async () => {
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const php = readme.match(/```php\n([^]*?)```/)?.[1] ?? '';
  const lists = [...php.matchAll(/array_fill_keys\(\[([^\]]*)\]/g)].map((m) => [...m[1].matchAll(/'([a-z-]+)'/g)].map((n) => n[1]));
  const [own = [], global = []] = lists;
  assert.deepEqual(own.sort(), element.attributes.map((a) => a.name).sort());
  // `id` keys the saved answers of an element with persist; class and style are how a post styles it.
  for (const name of ['id', 'class', 'style']) assert.ok(global.includes(name), `the recipe allows ${name}`);
  assert.match(php, /\$tags\['op-eligibility'\] = array_fill_keys\(\[[^\]]*\], true\)\s*(\/\/[^\n]*\s*)?\+ array_fill_keys\(/);
});
