/**
 * Registration layout (for every element of the kit):
 *
 *   src/elements/<tag>/<tag>.ts   the class, exported, registers nothing
 *                                 (the package root re-exports these classes);
 *   src/elements/<tag>/define.ts  imports the class, registers `<tag>` with
 *                                 `defineElement`, re-exports the class; this is
 *                                 the per-element public module
 *                                 (`customer-lifecycle-kit/<tag>`).
 *
 * So importing the package root registers nothing, importing an element's
 * module registers its tag, and a host may register a class under a name of
 * its own. The @lit/context ordering trap (a consumer upgraded before its
 * provider) is handled by the consumers themselves: see `ensureContextRoot`.
 */

/**
 * Registers `ctor` as `tag` unless that tag is already defined. An existing
 * definition by another class (e.g. a second copy of the kit) is kept, with a
 * warning; the same class again is silently skipped.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor) {
    console.warn(`customer-lifecycle-kit: <${tag}> is already defined (a second copy of the kit?); keeping that one.`);
  }
}
