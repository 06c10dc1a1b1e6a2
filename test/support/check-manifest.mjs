// Manifest check (`npm run check:manifest`, after the analyzer has run):
// custom-elements.json is what editors, Storybook and the framework types are
// generated from, so it must be valid and complete. Fails when
// - it does not fit the Custom Elements Manifest schema (its TypeScript
//   definition, `custom-elements-manifest/schema`, checked by `tsc`);
// - it declares anything but the five elements and the events they fire;
// - an element, attribute, public property, method, event, CSS part or CSS
//   property has no description, or an event has no type;
// - a part the element renders is not documented, or a documented one is never
//   rendered;
// - a module path is not an entry the package exports.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];

// 1. The schema, by its own type definition. Its `ClassMember` union leaves out
//    `CustomElementField` (a field's `attribute` and `reflects`), which it defines
//    for exactly this: check those two against that type, the rest as written.
const fieldsOnly = (key, value) => (key === 'attribute' && typeof value === 'string') || key === 'reflects' ? undefined : value;
const dir = mkdtempSync(join(tmpdir(), 'cem-'));
writeFileSync(join(dir, 'manifest.ts'), [
  `import type { CustomElementField, Package } from '${join(root, 'node_modules/custom-elements-manifest/schema.js')}';`,
  `export const manifest = ${JSON.stringify(manifest, fieldsOnly)} as const satisfies Package;`,
  `export const fields = ${JSON.stringify(manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.members ?? []).filter((m) => m.attribute))} as const satisfies readonly CustomElementField[];`,
].join('\n'));
try {
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '--strict', '--skipLibCheck', '--target', 'ES2022', '--moduleResolution', 'bundler', '--module', 'ESNext', join(dir, 'manifest.ts')], { encoding: 'utf8' });
} catch (error) {
  problems.push(`does not fit the schema:\n${error.stdout}`);
}

// 2. Public declarations only, each documented.
const entries = new Set(Object.keys(pkg.exports).map((k) => `dist/${k.replace(/^\.\/?/, '') || 'index'}.js`));
for (const module of manifest.modules) {
  if (!entries.has(module.path)) problems.push(`${module.path} is not an entry of the package`);
  for (const d of module.declarations ?? []) {
    const isEvent = d.kind === 'class' && d.name.endsWith('Event') && d.superclass;
    if (!d.customElement && !isEvent) problems.push(`${module.path}: ${d.kind} ${d.name} is not public`);
    if (!d.customElement) continue;
    const name = `<${d.tagName}>`;
    if (!d.summary) problems.push(`${name} has no summary`);
    const undocumented = (what, list) => list.filter((x) => !x.description?.trim()).forEach((x) => problems.push(`${name} ${what} ${x.name} has no description`));
    undocumented('attribute', d.attributes ?? []);
    undocumented('member', (d.members ?? []).filter((m) => (m.privacy ?? 'public') === 'public' && !m.static));
    undocumented('event', d.events ?? []);
    undocumented('part', d.cssParts ?? []);
    undocumented('CSS property', d.cssProperties ?? []);
    for (const event of d.events ?? []) {
      if (!event.type?.text) problems.push(`${name} event ${event.name} has no type`);
      else if (!module.exports.some((e) => e.name === event.type.text)) problems.push(`${name} event ${event.name}: ${event.type.text} is not exported by ${module.path}`);
    }
    // 3. Parts: what the templates render against what the manifest documents.
    const folder = join(root, 'src/elements', d.tagName);
    const source = readdirSync(folder).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(folder, f), 'utf8')).join('\n');
    const rendered = new Set([...source.matchAll(/part(?:=|\.setAttribute\('part',\s*|\.value\s*=\s*)\$?\{?\s*(?:[^'"`}]*\?\s*)?(['"`])([a-z -]+)\1(?:\s*:\s*(['"`])([a-z -]+)\3)?/g)]
      .flatMap((m) => `${m[2]} ${m[4] ?? ''}`.trim().split(/\s+/))
      .concat([...source.matchAll(/\.part\.add\((['"`])([a-z-]+)\1\)/g)].map((m) => m[2])));
    const documented = new Set((d.cssParts ?? []).map((p) => p.name));
    for (const part of rendered) if (!documented.has(part)) problems.push(`${name} renders part "${part}", which is not documented`);
    for (const part of documented) if (!rendered.has(part)) problems.push(`${name} documents part "${part}", which it never renders`);
  }
}

const count = manifest.modules.flatMap((m) => m.declarations ?? []).length;
console.log(`custom-elements.json: ${manifest.modules.length} modules, ${count} declarations`);
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log(`  - ${p}`);
  process.exit(1);
}
console.log('it fits the schema, declares only what the package exports, and documents all of it');
