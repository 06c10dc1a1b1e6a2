/**
 * Dialog page: `<deactivate-dialog>` opened on one customer with an instant
 * adapter — every answer a promise that is already resolved (the previews are
 * worked out once by the memory adapter, then handed out as copies). Times
 * open → visible (the first rendered frame in which the modal is shown) and
 * open → interactive (the impact preview shown, the body no longer busy,
 * focus on Cancel). `cycles` opens and closes it many times, for the heap.
 * The floor, `<floor-dialog>` (a native `<dialog>` written by hand), is
 * timed the same way: visible and interactive (Cancel focused) together.
 */
import '../../src/elements/deactivate-dialog/define.js';
import { FloorDialog } from './floor/floor-dialog.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { LifecycleAction, LifecycleAdapter, Preview } from '../../src/adapter/types.js';
import { afterRender, collect, nextPaint, paintedFrame } from './frame.js';

const CUSTOMER = 'cus-1';

/** The memory adapter behind the instant one (its own calls are logged, so previews are cached instead). */
const memory = createMemoryAdapter({ count: 50, seed: 1 });
const none = { signal: new AbortController().signal };
const previews = new Map<string, Preview>();
for (const action of ['deactivate', 'reactivate', 'delete'] as const) {
  previews.set(action, await memory.preview(action, [CUSTOMER], none));
}

/** The contract, answered at once: reads from the cache; mutations (never confirmed here) by the memory adapter. */
const instant: LifecycleAdapter = {
  preview: (action: LifecycleAction, ids: string[]) => {
    const known = ids.length === 1 && ids[0] === CUSTOMER ? previews.get(action) : undefined;
    return known ? Promise.resolve(structuredClone(known)) : memory.preview(action, ids, none);
  },
  getCustomer: (id, o) => memory.getCustomer(id, o),
  deactivate: (input, o) => memory.deactivate(input, o),
  reactivate: (input, o) => memory.reactivate(input, o),
  undo: (input, o) => memory.undo(input, o),
  deleteCustomers: (input, o) => memory.deleteCustomers(input, o),
  reactivateLocation: (input, o) => memory.reactivateLocation(input, o),
  reactivateServices: (input, o) => memory.reactivateServices(input, o),
  listCustomers: (query, o) => memory.listCustomers(query, o),
  countCustomers: (query, o) => memory.countCustomers(query, o),
};

document.documentElement.lang ||= 'en';
const opener = document.createElement('button');
opener.textContent = 'Deactivate…';
const dialog = document.createElement('deactivate-dialog');
dialog.customerId = CUSTOMER;
dialog.adapter = instant;
// By its class: an import for its side effect alone would be dropped (the package lists its side effects).
const floor = new FloorDialog();
floor.setAttribute('name', 'Ana García');
document.body.append(opener, dialog, floor);
await dialog.updateComplete;

const inner = () => dialog.shadowRoot?.querySelector('dialog') ?? null;

/** The modal is open and drawn: in the top layer, with a box, not hidden by visibility or opacity. */
function visible(): boolean {
  const native = inner();
  return !!native && native.open && native.matches(':modal') &&
    native.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && native.getBoundingClientRect().height > 0;
}

/** The impact preview is shown, the body is no longer busy, and Cancel has focus. */
function interactive(): boolean {
  const root = dialog.shadowRoot;
  if (!root || !visible()) return false;
  const body = root.querySelector('[part~="body"]');
  return !!root.querySelector('[part~="impact"]') && body?.getAttribute('aria-busy') === 'false' &&
    root.activeElement === root.querySelector('[part~="cancel"]');
}

/** The dialog's state, for an error message. */
function describe(): string {
  const root = dialog.shadowRoot;
  return JSON.stringify({
    open: dialog.open, nativeOpen: inner()?.open, visible: visible(),
    busy: root?.querySelector('[part~="body"]')?.getAttribute('aria-busy'), impact: !!root?.querySelector('[part~="impact"]'),
    focus: root?.activeElement?.getAttribute('part') ?? document.activeElement?.localName, title: root?.querySelector('h2')?.textContent,
  });
}

async function close(): Promise<void> {
  if (!dialog.close()) throw new Error('the dialog refused to close');
  await dialog.updateComplete;
  if (inner()?.open) throw new Error('the dialog did not close');
}

export interface DialogSample {
  visibleMs: number;
  visibleFrame: number;
  interactiveMs: number;
  interactiveFrame: number;
  confirmEnabled: boolean;
}

/** The floor's dialog is open, modal, drawn, and Cancel has focus. */
function floorInteractive(): boolean {
  const native = floor.dialog;
  return !!native && native.open && native.matches(':modal') && native.getBoundingClientRect().height > 0 &&
    floor.shadowRoot?.activeElement === floor.shadowRoot?.querySelector('[part=cancel]');
}

export type DialogVariant = 'dialog' | 'floor';

/**
 * One open of `variant`, timed to the frame where it is visible and to the frame where it is interactive;
 * `close()` closes it, apart, so that a caller can measure the open alone.
 */
async function sample(variant: DialogVariant = 'dialog'): Promise<DialogSample> {
  await closeAll();
  collect();
  await nextPaint();
  if (variant === 'floor') {
    const done = await paintedFrame(() => floor.show(), floorInteractive);
    return { visibleMs: done.ms, visibleFrame: done.frames, interactiveMs: done.ms, interactiveFrame: done.frames, confirmEnabled: false };
  }
  let seen: { ms: number; frames: number } | undefined;
  const done = await paintedFrame(() => dialog.show(opener), (ms, frames) => {
    if (!seen && visible()) seen = { ms, frames };
    return interactive();
  });
  const confirm = dialog.shadowRoot!.querySelector('[part~="confirm"]');
  return {
    visibleMs: seen!.ms, visibleFrame: seen!.frames, interactiveMs: done.ms, interactiveFrame: done.frames,
    confirmEnabled: confirm?.getAttribute('aria-disabled') === 'false',
  };
}

/** Closes whichever dialog is open. */
async function closeAll(): Promise<void> {
  if (floor.dialog?.open) floor.close();
  if (inner()?.open) await close();
  await nextPaint();
}

/** Opens the dialog, waits until it is interactive, closes it: `count` times (a rendered frame every 25 cycles). */
async function cycles(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    dialog.show(opener);
    // The first opening of a page loads the adapter boundary's module: give it time, not a count of tries.
    const deadline = performance.now() + 30_000;
    while (!interactive()) {
      if (performance.now() > deadline) throw new Error(`the dialog did not become interactive in cycle ${i}: ${describe()}`);
      await dialog.updateComplete;
      if (!interactive()) await afterRender();
    }
    await close();
    if (i % 25 === 24) await nextPaint();
  }
}

const api = { sample, close: closeAll, cycles };
declare global {
  interface Window {
    benchDialog: typeof api;
  }
}
window.benchDialog = api;
