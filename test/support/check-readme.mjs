// README check (part of `npm run lint`): what the README says stays true.
// 1. A code block that follows `<!-- from <path> -->` must be quoted from that
//    file — every line of it, apart from the `…` lines marking what was left
//    out, found in the file in the same order (indentation aside). The
//    embedding snippets come from the example hosts, which CI installs from the
//    packed tarball, type-checks and walks; this keeps the README's copies from
//    drifting away from them.
// 2. Every relative link of README.md and docs/*.md reaches a file that
//    exists and, with a `#fragment`, a heading of that file.
// 3. The README stays short (at most 450 lines), names only `npm run` scripts
//    and package entries that exist, gives each element of the manifest a
//    section linking its generated reference, and lists the adapter methods
//    and error codes exactly as the sources define them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8').split('\n');
const problems = [];
let checked = 0;

for (let i = 0; i < readme.length; i += 1) {
  const source = /^<!-- from (\S+) -->$/.exec(readme[i])?.[1];
  if (!source) continue;
  const fence = readme[i + 1] ?? '';
  if (!fence.startsWith('```')) {
    problems.push(`README.md:${i + 1}: "from ${source}" is not followed by a code block`);
    continue;
  }
  const end = readme.indexOf('```', i + 2);
  const block = readme.slice(i + 2, end);
  if (!existsSync(join(root, source))) {
    problems.push(`README.md:${i + 1}: ${source} does not exist`);
    continue;
  }
  const lines = readFileSync(join(root, source), 'utf8').split('\n').map((l) => l.trim());
  let at = 0;
  block.forEach((line, k) => {
    const wanted = line.trim();
    if (wanted === '' || wanted === '…') return;
    const found = lines.indexOf(wanted, at);
    if (found < 0) problems.push(`README.md:${i + 3 + k}: not in ${source} (after its line ${at}): ${wanted}`);
    else at = found + 1;
  });
  checked += 1;
  i = end;
}

// 2. Links.
/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
/** The lines of a Markdown file outside fenced code blocks, with their numbers. */
function prose(text) {
  let fenced = false;
  return text.split('\n').map((line, n) => {
    if (/^\s*```/.test(line)) { fenced = !fenced; return [n + 1, '']; }
    return [n + 1, fenced ? '' : line];
  });
}
const anchorCache = new Map();
function anchors(file) {
  if (!anchorCache.has(file)) {
    const seen = new Map();
    const found = new Set();
    for (const [, line] of prose(readFileSync(file, 'utf8'))) {
      const heading = /^#{1,6}\s+(.*)$/.exec(line)?.[1];
      if (heading === undefined) continue;
      const base = slug(heading);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      found.add(count === 0 ? base : `${base}-${count}`);
    }
    anchorCache.set(file, found);
  }
  return anchorCache.get(file);
}
const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
let links = 0;
for (const document of documents) {
  const file = join(root, document);
  for (const [n, line] of prose(readFileSync(file, 'utf8'))) {
    const text = line.replace(/`[^`]*`/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z][a-z+.-]*:/i.test(target)) continue;
      links += 1;
      const [path, fragment] = target.split('#');
      const to = path ? join(dirname(file), path) : file;
      if (!existsSync(to)) {
        problems.push(`${document}:${n}: ${target}: ${relative(root, to)} does not exist`);
      } else if (fragment !== undefined) {
        if (statSync(to).isDirectory() || !to.endsWith('.md')) problems.push(`${document}:${n}: ${target}: an anchor in a file that is not Markdown`);
        else if (!anchors(to).has(fragment)) problems.push(`${document}:${n}: ${target}: no heading "#${fragment}" in ${relative(root, to)}`);
      }
    }
  }
}

// 3. What the README names.
if (readme.length - 1 > 450) problems.push(`README.md: ${readme.length - 1} lines, more than 450: move reference material to docs/`);
const text = readme.join('\n');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const [, script] of text.matchAll(/npm run (?:-s )?([\w:-]+)/g)) {
  if (!pkg.scripts[script]) problems.push(`README.md: \`npm run ${script}\`: no such script in package.json`);
}
for (const [, entry] of text.matchAll(/(?<![\w/.-])customer-lifecycle-kit(\/[\w./-]*[\w])/g)) {
  if (!pkg.exports[`.${entry}`]) problems.push(`README.md: customer-lifecycle-kit${entry}: not an entry of package.json's exports`);
}
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
for (const tag of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName)) {
  const at = readme.indexOf(`### \`<${tag}>\``);
  const next = readme.findIndex((line, k) => k > at && /^#{1,3} /.test(line));
  if (at < 0) problems.push(`README.md: no section "### \`<${tag}>\`"`);
  else if (!readme.slice(at, next < 0 ? undefined : next).join('\n').includes(`(docs/elements.md#${tag})`)) {
    problems.push(`README.md:${at + 1}: the section of <${tag}> does not link docs/elements.md#${tag}`);
  }
}
/** The string items of `export const NAME = [...]` in the sources. */
function sourceList(name) {
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
  for (const file of walk(join(root, 'src'))) {
    const body = new RegExp(`export const ${name} = \\[([^\\]]*)\\]`).exec(readFileSync(file, 'utf8'))?.[1];
    if (body !== undefined) return [...body.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  }
  return undefined;
}
for (const name of ['ADAPTER_METHODS', 'OPTIONAL_ADAPTER_METHODS', 'ERROR_CODES']) {
  const wanted = sourceList(name);
  const listed = new RegExp(`\\(\`${name}\`\\)?:\\s([^.]*)[.)]`).exec(text.replace(/\s+/g, ' '))?.[1];
  if (!wanted) problems.push(`src/: no \`export const ${name} = [...]\` to check the README against`);
  else if (listed === undefined) problems.push(`README.md: does not list ${name}`);
  else {
    const names = [...listed.matchAll(/`([\w-]+)`/g)].map((m) => m[1]);
    if (names.join() !== wanted.join()) problems.push(`README.md: ${name} listed as ${names.join(', ')}; the sources say ${wanted.join(', ')}`);
  }
}

if (problems.length > 0) {
  console.log(`${problems.length} README problem(s):`);
  for (const p of problems) console.log(`  - ${p}`);
  process.exit(1);
}
console.log(`README: ${checked} snippets quoted from the examples, as they are there; ${links} links in README.md and docs/ resolve; ${readme.length - 1} lines`);
