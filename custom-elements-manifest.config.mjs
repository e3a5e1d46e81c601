// `npm run manifest`: custom-elements.json (named in package.json "customElements") from
// the JSDoc on the element class. Private (#) fields are implementation, not API: dropped.
// Module paths name the published files (dist/*.js), not the sources.

const published = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

function renameModules(node) {
  if (Array.isArray(node)) return node.forEach(renameModules);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = published(value);
    else renameModules(value);
  }
}

export default {
  globs: ['src/index.ts', 'src/element/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== 'private');
          }
        }
        renameModules(customElementsManifest);
      },
    },
  ],
};
