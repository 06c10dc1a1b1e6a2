// Package check (`npm run check:pack`, after `npm run build`): asks npm which
// files the published tarball would hold (`npm pack --dry-run --json`) and
// fails when
// - it holds anything that is not the package: tests, demo, stories, bench,
//   CI, Storybook, a demo or Storybook build, the msw worker;
// - a file named by `exports` (every condition: types and default), `main`,
//   `module`, `types` or `customElements` is not in it;
// - custom-elements.json, README.md or package.json is not in it;
// - a `sideEffects` pattern under dist/ matches no file in it (a renamed
//   element module would silently lose its registration in hosts' bundles);
// - a module in it imports a package that is neither a dependency nor a peer
//   dependency (a host's install would not bring it);
// - a source map in it points at a source that is neither in the tarball nor
//   embedded in the map (a host's debugger would show nothing).
// Prints what it found; exits 1 on any problem.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
  cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024,
});
const [report] = JSON.parse(out);
const files = new Set(report.files.map((f) => f.path));

const problems = [];

/** What a tarball of this package must never hold. */
const FORBIDDEN = [
  [/^test\//, 'tests'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test file'],
  [/^demo\//, 'the demo'],
  [/^dist-demo\//, 'the demo build'],
  [/^stories\//, 'stories'],
  [/\.stories\.[cm]?[jt]sx?$/, 'a stories file'],
  [/^bench\//, 'benchmarks'],
  [/^\.ci\//, 'CI scripts'],
  [/^\.storybook\//, 'the Storybook set-up'],
  [/^storybook-static\//, 'the Storybook build'],
  [/(^|\/)mockServiceWorker\.js$/, 'the msw worker'],
  [/^node_modules\//, 'node_modules'],
  [/(^|\/)\.tmp\//, 'temporary files'],
  [/\.tsbuildinfo$/, 'a TypeScript build cache'],
];
for (const path of files) {
  for (const [pattern, what] of FORBIDDEN) {
    if (pattern.test(path)) problems.push(`${path}: ${what} in the tarball`);
  }
}

/** Every target of an exports entry, through nested conditions. */
function targets(value, conditions = []) {
  if (typeof value === 'string') return [{ target: value, conditions }];
  if (value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => targets(v, conditions));
  return Object.entries(value).flatMap(([condition, v]) => targets(v, [...conditions, condition]));
}

/** A package path ("./dist/x.js", maybe with one `*`) as a test against tarball paths. */
function matcher(target) {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return (p) => p === path;
  const escaped = path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`^${escaped.join('.*')}$`);
  return (p) => re.test(p);
}
const present = (target) => [...files].some(matcher(target));

const named = [];
for (const [subpath, value] of Object.entries(pkg.exports ?? {})) {
  for (const { target, conditions } of targets(value)) {
    named.push({ from: `exports["${subpath}"]${conditions.map((c) => `.${c}`).join('')}`, target });
  }
}
for (const field of ['main', 'module', 'types', 'typings', 'customElements']) {
  // These fields are plain paths ("custom-elements.json"); exports targets must start with ./ (Node).
  if (typeof pkg[field] === 'string') named.push({ from: field, target: `./${pkg[field].replace(/^\.\//, '')}` });
}
for (const { from, target } of named) {
  if (!target.startsWith('./')) problems.push(`${from}: "${target}" is not a ./ path`);
  else if (!present(target)) problems.push(`${from}: ${target} is not in the tarball`);
}
if (!pkg.exports?.['.']) problems.push('exports has no "." entry');

for (const required of ['package.json', 'README.md', 'custom-elements.json']) {
  if (!files.has(required)) problems.push(`${required} is not in the tarball`);
}

const sideEffects = Array.isArray(pkg.sideEffects) ? pkg.sideEffects : [];
if (pkg.sideEffects === undefined || pkg.sideEffects === true) {
  problems.push('sideEffects is not set: hosts\' bundlers cannot drop unused modules');
}
for (const pattern of sideEffects.filter((p) => p.replace(/^\.\//, '').startsWith('dist/'))) {
  if (!present(pattern)) problems.push(`sideEffects: ${pattern} matches no file in the tarball`);
}

/** The package a bare specifier names: `lit/decorators.js` → `lit`, `@lit/context` → `@lit/context`. */
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
/** Every module specifier of a parsed module: static imports, re-exports, literal `import()`. */
function specifiers(node, found = []) {
  if (Array.isArray(node)) {
    for (const child of node) specifiers(child, found);
  } else if (node && typeof node === 'object') {
    const isModuleRef = ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].includes(node.type);
    if (isModuleRef && node.source?.type === 'Literal' && typeof node.source.value === 'string') found.push(node.source.value);
    for (const value of Object.values(node)) if (value && typeof value === 'object') specifiers(value, found);
  }
  return found;
}
const declared = new Set([pkg.name, ...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
for (const path of [...files].filter((p) => /\.[cm]?js$/.test(p))) {
  const ast = parseAst(readFileSync(`${root}/${path}`, 'utf8'));
  const used = new Set(specifiers(ast.body).filter((s) => !/^(\.|\/|[a-z]+:)/.test(s)).map(packageOf));
  for (const name of used) {
    if (!declared.has(name)) problems.push(`${path} imports ${name}, which is not a dependency or peer dependency`);
  }
}

for (const path of [...files].filter((p) => p.endsWith('.map'))) {
  const map = JSON.parse(readFileSync(`${root}/${path}`, 'utf8'));
  const dir = path.split('/').slice(0, -1);
  map.sources.forEach((source, i) => {
    if (typeof map.sourcesContent?.[i] === 'string') return;
    const parts = [...dir];
    for (const part of source.split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.') parts.push(part);
    }
    if (!files.has(parts.join('/'))) problems.push(`${path} maps to ${source}, which is neither in the tarball nor embedded`);
  });
}

const kB = (n) => (n / 1000).toFixed(1);
console.log(`${report.filename}: ${report.files.length} files, ${kB(report.size)} kB packed, ${kB(report.unpackedSize)} kB unpacked`);
console.log(`${named.length} targets named by exports and fields, ${sideEffects.length} sideEffects patterns`);
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log(`  - ${p}`);
  process.exit(1);
}
console.log('the tarball holds every named target and nothing else');
