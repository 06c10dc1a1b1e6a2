// The manifest describes what the package ships: the five elements and the
// events they fire, each under the entry that registers it (`dist/<tag>.js`;
// `LifecycleErrorEvent`, fired by four of them, under the package root).
// Everything else the analyzer finds in `src/elements` (flows, loaders, view
// functions) is internal and left out, and so is any member marked `@internal`.
// Modules are sorted by path, so the manifest is the same wherever it is
// generated and `npm run check:manifest` compares like with like.
//
// Events: an element lists what it fires with `@fires` in its JSDoc, and that
// is what the manifest says. Elements dispatch `new XEvent(detail)` with
// `this.dispatchEvent`, whose first argument names no event; the analyzer's
// own nameless entries for those are dropped here, and every event class an
// element dispatches must have its `@fires` tag, or the analysis fails.
const ELEMENT_DIR = /^src\/elements\/([a-z-]+)\//;
const entryOf = (path) => (path.startsWith('src/events/') ? 'dist/index.js' : ELEMENT_DIR.exec(path) && `dist/${ELEMENT_DIR.exec(path)[1]}.js`);

/** Members whose JSDoc carries `@internal`, by class name. */
const internal = new Map();
/** The event classes each class dispatches (`….dispatchEvent(new XEvent(…))`), by class name. */
const dispatched = new Map();

function jsDocTags(node) {
  return (node.jsDoc ?? []).flatMap((doc) => doc.tags ?? []).map((tag) => tag.tagName.getText());
}

const publicOnly = {
  name: 'public-only',
  analyzePhase({ ts, node }) {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    const types = new Set();
    const visit = (child) => {
      if (ts.isCallExpression(child) && ts.isPropertyAccessExpression(child.expression) && child.expression.name.text === 'dispatchEvent') {
        const [event] = child.arguments;
        if (event && ts.isNewExpression(event) && ts.isIdentifier(event.expression)) types.add(event.expression.text);
      }
      ts.forEachChild(child, visit);
    };
    ts.forEachChild(node, visit);
    dispatched.set(node.name.text, types);
    for (const member of node.members) {
      if (member.name && jsDocTags(member).includes('internal')) {
        const names = internal.get(node.name.text) ?? new Set();
        names.add(member.name.getText());
        internal.set(node.name.text, names);
      }
    }
  },
  packageLinkPhase({ customElementsManifest }) {
    const byEntry = new Map();
    for (const module of customElementsManifest.modules) {
      const path = entryOf(module.path);
      if (!path) continue;
      const declarations = (module.declarations ?? []).filter(
        (d) => d.customElement || (d.kind === 'class' && d.name.endsWith('Event') && d.superclass),
      );
      if (declarations.length === 0) continue;
      for (const declaration of declarations) {
        if (declaration.customElement) checkEvents(declaration);
        const hidden = internal.get(declaration.name);
        if (hidden && declaration.members) declaration.members = declaration.members.filter((m) => !hidden.has(m.name));
      }
      const entry = byEntry.get(path) ?? { kind: 'javascript-module', path, declarations: [], exports: [] };
      entry.declarations.push(...declarations);
      for (const d of declarations) {
        entry.exports.push({ kind: 'js', name: d.name, declaration: { name: d.name, module: path } });
        if (d.customElement) entry.exports.push({ kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: path } });
      }
      byEntry.set(path, entry);
    }
    // An element's entry also re-exports the events it fires that are declared elsewhere (`LifecycleErrorEvent`).
    const declaredIn = new Map([...byEntry.values()].flatMap((m) => m.declarations.map((d) => [d.name, m.path])));
    for (const entry of byEntry.values()) {
      for (const event of entry.declarations.flatMap((d) => d.events ?? [])) {
        const name = event.type?.text;
        const home = declaredIn.get(name);
        if (home && home !== entry.path && !entry.exports.some((e) => e.name === name)) {
          entry.exports.push({ kind: 'js', name, declaration: { name, module: home } });
        }
      }
    }
    customElementsManifest.modules = [...byEntry.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

/** Keeps the events of `@fires` only; fails the analysis for an event class dispatched without its `@fires` tag. */
function checkEvents(declaration) {
  const events = (declaration.events ?? []).filter((event) => event.name);
  const documented = new Set(events.map((event) => event.type?.text));
  const missing = [...(dispatched.get(declaration.name) ?? [])].filter((type) => !documented.has(type));
  if (missing.length > 0) {
    throw new Error(`${declaration.name} dispatches ${missing.join(', ')} without a @fires tag for it.`);
  }
  if (declaration.events) declaration.events = events;
}

export default {
  plugins: [publicOnly],
};
