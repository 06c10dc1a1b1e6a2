// README snippet check (part of `npm run lint`): a code block that follows
// `<!-- from <path> -->` must be quoted from that file — every line of it,
// apart from the `…` lines marking what was left out, found in the file in
// the same order (indentation aside). The embedding snippets come from the
// example hosts, which CI installs from the packed tarball, type-checks and
// walks; this keeps the README's copies from drifting away from them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

if (problems.length > 0) {
  console.log(`${problems.length} README snippet problem(s):`);
  for (const p of problems) console.log(`  - ${p}`);
  process.exit(1);
}
console.log(`README: ${checked} snippets quoted from the examples, as they are there`);
