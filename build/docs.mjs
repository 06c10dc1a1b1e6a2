// `npm run docs`: writes docs/elements.md, the per-element reference, from
// custom-elements.json — per element its tag, summary and description,
// attributes and properties (type, default, description), methods, events
// (with their class and detail), slots, CSS parts and CSS custom properties.
// The manifest names each event's class but not its detail, so the detail's
// fields are read from that class's own module (the one the manifest names),
// with TypeScript's parser (no type checking).
//   node build/docs.mjs           write docs/elements.md
//   node build/docs.mjs --check   exit 1 when the committed file is not current
// The output depends on nothing but those files: same input, same bytes.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = 'docs/elements.md';
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Text for one table cell: one line, pipes escaped. */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
/** Inline code for one table cell; empty when there is nothing. */
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const isPublic = (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !/^[_#]/.test(member.name);

/** Every .ts file under src/, sorted, for event classes the manifest gives no module for. */
function sources(dir = join(root, 'src')) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []);
}

const parsed = new Map();
function parse(file) {
  if (!parsed.has(file)) parsed.set(file, ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
  return parsed.get(file);
}

const jsDocText = (node) => (node.jsDoc ?? []).map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join(' ').trim();

/** The detail of an event class: its type's name and fields, read from the class's module. */
function eventDetail(className) {
  const hint = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === className)?.superclass?.module;
  const files = hint && existsSync(join(root, hint)) ? [join(root, hint)] : sources();
  for (const file of files) {
    const source = parse(file);
    const found = source.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === className);
    if (!found) continue;
    const extended = found.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    const argument = extended?.typeArguments?.[0];
    if (!argument) return undefined;
    let members;
    if (ts.isTypeLiteralNode(argument)) members = argument.members;
    else if (ts.isTypeReferenceNode(argument)) {
      const name = argument.typeName.getText(source);
      const declaration = source.statements.find((s) => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === name);
      if (declaration && ts.isInterfaceDeclaration(declaration)) members = declaration.members;
      else if (declaration && ts.isTypeLiteralNode(declaration.type)) members = declaration.type.members;
    }
    const fields = (members ?? []).filter(ts.isPropertySignature).map((m) => ({
      name: m.name.getText(source) + (m.questionToken ? '?' : ''),
      type: m.type?.getText(source).replace(/\s+/g, ' ') ?? 'unknown',
      description: jsDocText(m),
    }));
    return { type: argument.getText(source).replace(/\s+/g, ' '), fields };
  }
  return undefined;
}

/** The package entry that registers a module's element: `dist/x.js` → `customer-lifecycle-kit/x`. */
function entryOf(path) {
  const name = /^dist\/(.+)\.js$/.exec(path)?.[1];
  return name && pkg.exports[`./${name}`] ? `${pkg.name}/${name}` : undefined;
}

function renderElement(declaration, module) {
  const out = [`## \`<${declaration.tagName}>\``, ''];
  if (declaration.summary) out.push(`**${cell(declaration.summary)}**`, '');
  if (declaration.description) out.push(declaration.description.trim(), '');
  const entry = entryOf(module.path);
  out.push(`Class \`${declaration.name}\`${entry ? `, registered by \`import '${entry}'\`` : ''}.`, '');

  const members = (declaration.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field');
  const attributes = declaration.attributes ?? [];
  const rows = fields.map((field) => {
    const attribute = attributes.find((a) => a.fieldName === field.name);
    const readonly = field.readonly ? ' (read-only)' : '';
    return `| ${code(attribute?.name ?? field.attribute) || '—'} | ${code(field.name)}${readonly} | ${code(field.type?.text ?? attribute?.type?.text)} | ${code(field.default ?? attribute?.default)} | ${cell(field.description ?? attribute?.description)} |`;
  });
  for (const attribute of attributes.filter((a) => !fields.some((f) => f.name === a.fieldName))) {
    rows.push(`| ${code(attribute.name)} | — | ${code(attribute.type?.text)} | ${code(attribute.default)} | ${cell(attribute.description)} |`);
  }
  if (rows.length > 0) {
    out.push('### Attributes and properties', '', '| attribute | property | type | default | description |', '|---|---|---|---|---|', ...rows, '');
  }

  const methods = members.filter((m) => m.kind === 'method');
  if (methods.length > 0) {
    out.push('### Methods', '', '| method | returns | description |', '|---|---|---|');
    for (const method of methods) {
      const parameters = (method.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ');
      out.push(`| ${code(`${method.name}(${parameters})`)} | ${code(method.return?.type?.text ?? 'void')} | ${cell(method.description)} |`);
    }
    out.push('');
  }

  const events = declaration.events ?? [];
  if (events.length > 0) {
    out.push('### Events', '', 'Each bubbles and is composed; the class is exported from the package root.', '');
    out.push('| event | class | description |', '|---|---|---|');
    for (const event of events) out.push(`| ${code(event.name)} | ${code(event.type?.text)} | ${cell(event.description)} |`);
    out.push('');
    for (const event of events) {
      const detail = event.type?.text ? eventDetail(event.type.text) : undefined;
      if (!detail) continue;
      out.push(`\`${event.name}\` detail (\`${detail.type}\`):`, '');
      if (detail.fields.length === 0) out.push(`- \`${detail.type}\``);
      for (const field of detail.fields) out.push(`- \`${field.name}: ${field.type}\`${field.description ? ` — ${field.description.replace(/\s*\n\s*/g, ' ')}` : ''}`);
      out.push('');
    }
  }

  const slots = declaration.slots ?? [];
  if (slots.length > 0) {
    out.push('### Slots', '', '| slot | description |', '|---|---|');
    for (const slot of slots) out.push(`| ${slot.name ? code(slot.name) : '(default)'} | ${cell(slot.description)} |`);
    out.push('');
  }
  const parts = declaration.cssParts ?? [];
  if (parts.length > 0) {
    out.push('### CSS parts', '', '| part | description |', '|---|---|');
    for (const part of parts) out.push(`| ${code(part.name)} | ${cell(part.description)} |`);
    out.push('');
  }
  const properties = declaration.cssProperties ?? [];
  if (properties.length > 0) {
    out.push('### CSS custom properties', '', '| property | default | description |', '|---|---|---|');
    for (const property of properties) out.push(`| ${code(property.name)} | ${code(property.default)} | ${cell(property.description)} |`);
    out.push('');
  }
  return out;
}

const elements = manifest.modules.flatMap((module) => (module.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((declaration) => ({ declaration, module })));

const text = [
  '<!-- Generated by build/docs.mjs from custom-elements.json: do not edit. Run `npm run docs`. -->',
  '# The elements',
  '',
  'The reference of every element: what the sources\' JSDoc says, as the Custom',
  'Elements Manifest (`custom-elements.json`) records it, and each event\'s detail',
  'as its class declares it. How the elements behave, with examples, is in the',
  'package\'s [README](../README.md).',
  '',
  ...elements.map(({ declaration }) => `- [\`<${declaration.tagName}>\`](#${declaration.tagName}) — ${cell(declaration.summary)}`),
  '',
  ...elements.flatMap(({ declaration, module }) => renderElement(declaration, module)),
].join('\n').replace(/\n+$/, '\n');

const path = join(root, target);
if (process.argv.includes('--check')) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (current !== text) {
    console.error(`${target} is not current with custom-elements.json: run \`npm run docs\` and commit it.`);
    process.exit(1);
  }
  console.log(`${target} is current`);
} else {
  writeFileSync(path, text);
  console.log(`wrote ${target} (${elements.length} elements)`);
}
