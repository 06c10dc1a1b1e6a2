/**
 * Dispatches one of the kit's events from an element. Each element documents
 * what it fires with `@fires` in its JSDoc contract, which is what the manifest
 * lists; calling through here keeps the analyzer from listing each dispatch a
 * second time under the name of its first argument.
 */
export function emit(target: EventTarget, event: Event): void {
  target.dispatchEvent(event);
}
