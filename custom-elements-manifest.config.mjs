// `npm run manifest`: custom-elements.json (named in package.json "customElements") from
// the JSDoc on the element class. Private (#) fields are implementation, not API: dropped.
// Module paths name the published files (dist/*.js), not the sources.

import { posix } from 'node:path';

/**
 * `path` as published, from the package root. A re-export's reference keeps the specifier
 * as written (`./element/events.js`), which is resolved from `from`, the module naming it.
 */
const published = (path, from) =>
  (path.startsWith('.') ? posix.join(posix.dirname(from), path) : path).replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

function renameModules(node, from) {
  if (Array.isArray(node)) return node.forEach((child) => renameModules(child, from));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = published(value, from);
    else renameModules(value, from);
  }
}

/** Module constants with a literal value (`const DEFAULT_HEADING_LEVEL = 2`), by module path and name. */
const constants = new Map();
/** The same by name alone, for a constant the element imports; null where two modules use the name. */
const byName = new Map();
/** Event types (`type OpEligibilityStepEvent = CustomEvent<…>`), by name: the module declaring each. */
const eventTypes = new Map();

export default {
  globs: ['src/index.ts', 'src/element/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // A default given as a module constant is shown as its value (2, not DEFAULT_HEADING_LEVEL).
      name: 'constant-defaults',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isVariableStatement(node)) return;
        for (const { name, initializer } of node.declarationList.declarations) {
          if (!initializer || !ts.isIdentifier(name)) continue;
          if (!ts.isNumericLiteral(initializer) && !ts.isStringLiteral(initializer)) continue;
          constants.set(`${moduleDoc.path}#${name.text}`, initializer.getText());
          byName.set(name.text, byName.has(name.text) ? null : initializer.getText());
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
              const value = constants.get(`${mod.path}#${entry.default}`) ?? byName.get(entry.default);
              if (value !== undefined && value !== null) entry.default = value;
            }
          }
        }
      },
    },
    {
      // `@fires {OpEligibilityStepEvent}` gives the type's name only: a reference to the module
      // declaring it lets a tool (a JSX or editor type generator) find the event's detail.
      name: 'event-type-references',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isTypeAliasDeclaration(node) || !/Event$/.test(node.name.text)) return;
        eventTypes.set(node.name.text, moduleDoc.path);
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const event of (mod.declarations ?? []).flatMap((declaration) => declaration.events ?? [])) {
            const name = event.type?.text;
            if (eventTypes.has(name)) event.type.references = [{ name, module: eventTypes.get(name), start: 0, end: name.length }];
          }
        }
      },
    },
    {
      // `export type { OpEligibilityStepEvent, … }` exports nothing at run time: listed as a
      // JavaScript export, a tool would write an import of a value that does not exist.
      name: 'no-type-only-exports',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isExportDeclaration(node) || !node.exportClause || !ts.isNamedExports(node.exportClause)) return;
        const typeOnly = node.exportClause.elements.filter((e) => node.isTypeOnly || e.isTypeOnly).map((e) => e.name.text);
        if (typeOnly.length) moduleDoc.exports = (moduleDoc.exports ?? []).filter((e) => !typeOnly.includes(e.name));
      },
    },
    {
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        // The other modules were read for what the element imports (constants, event types):
        // their helpers are no API, and the package's exports map lets nobody import them.
        const { modules } = customElementsManifest;
        const isPublic = (mod) => mod.path === 'src/index.ts' || (mod.declarations ?? []).some((d) => d.customElement);
        modules.splice(0, modules.length, ...modules.filter(isPublic));
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== 'private');
          }
        }
        for (const mod of customElementsManifest.modules) renameModules(mod, mod.path);
      },
    },
  ],
};
