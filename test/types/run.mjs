// `npm run check:types` (after `npm run build`): type-checks a React 19 app
// with `tsc` and a Vue 3 app with `vue-tsc` (strict templates) against the
// packed package, with no declarations of their own. Each uses every tag,
// property and event the manifest lists — checked here first, so a new
// property cannot go untested — and holds a file of mistakes (a misspelt
// property, a wrong value, a wrong event detail) that must each fail.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { installHost, root } from '../support/packed.mjs';

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** What a host can set on each tag (public, writable fields) and the events it can hear. */
const surface = elements.map((d) => ({
  tag: d.tagName,
  properties: (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public').map((m) => m.name),
  events: (d.events ?? []).map((e) => e.name),
}));

const CONSUMERS = [
  {
    name: 'React 19 (tsc)', dir: 'react', main: 'src/every-tag.tsx', check: ['tsc', '-p', '.'],
    // React sets a prop as a property by its own name; handlers are on<event-name>.
    uses: (source, name) => new RegExp(`\\s(${name}|${kebab(name)})[=\\s/>]`).test(source),
    hears: (source, event) => source.includes(`on${event}=`),
  },
  {
    name: 'Vue 3 (vue-tsc, strict templates)', dir: 'vue', main: 'src/EveryTag.vue', check: ['vue-tsc', '-p', '.'],
    uses: (source, name) => new RegExp(`\\s:?(${name}|${kebab(name)})[=\\s/>]`).test(source),
    hears: (source, event) => source.includes(`@${event}=`),
  },
];

let passed = 0;
let failed = 0;
for (const consumer of CONSUMERS) {
  const source = readFileSync(join(import.meta.dirname, consumer.dir, consumer.main), 'utf8');
  const missing = surface.flatMap(({ tag, properties, events }) => [
    ...(source.includes(`<${tag}`) ? [] : [`<${tag}>`]),
    ...properties.filter((p) => !consumer.uses(source, p)).map((p) => `${tag} property ${p}`),
    ...events.filter((e) => !consumer.hears(source, e)).map((e) => `${tag} event ${e}`),
  ]);
  const mistakes = readdirSync(join(import.meta.dirname, consumer.dir, 'src')).some((f) => /^mistakes\./i.test(f));
  let problem = missing.length > 0 ? `${consumer.main} does not use: ${missing.join(', ')}` : mistakes ? undefined : 'no file of mistakes';
  if (!problem) {
    try {
      const dir = installHost(join(import.meta.dirname, consumer.dir));
      execFileSync(join(dir, 'node_modules/.bin', consumer.check[0]), consumer.check.slice(1), { cwd: dir, stdio: 'inherit' });
    } catch (error) {
      problem = `${consumer.check.join(' ')} failed (${error.status ?? error.message})`;
    }
  }
  if (problem) failed += 1;
  else passed += 1;
  console.log(`${problem ? 'FAILED' : 'ok'}  ${consumer.name}${problem ? `: ${problem}` : ''}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
