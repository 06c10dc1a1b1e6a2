/**
 * What the user of `<deactivate-dialog>` may do now — confirm, undo — from
 * the flow's state, their choices and the policy's rules.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Policy } from '../../adapter/types.js';
import { checkTypedCount } from '../../rules/bulk.js';
import { checkReason } from '../../rules/deactivate.js';
import { checkUndo } from '../../rules/undo.js';
import type { Choices, ConfirmFlow } from './deactivate-dialog.flow.js';

/** Confirm is allowed: the preview is ready (or the run failed), someone can be acted on, the reason and typed count pass. */
export function canConfirm(flow: Pick<ConfirmFlow, 'phase' | 'step' | 'action' | 'allowed'>, choices: Choices, policy: Policy): boolean {
  const ok = flow.phase === 'ready' || (flow.phase === 'failed' && flow.step === 'run');
  const allowed = flow.allowed.length;
  if (!ok || allowed === 0) return false;
  if (flow.action !== 'delete' && !checkReason(choices.reason, policy).allowed) return false;
  return checkTypedCount(choices.typed, flow.action, allowed, policy).allowed;
}

/** G4: a deactivation that has run can still be undone. */
export function canUndo({ result, action, phase }: Pick<ConfirmFlow, 'phase' | 'action' | 'result'>, policy: Policy, now = new Date()): boolean {
  return phase === 'done' && action === 'deactivate' && !!result?.undoUntil && checkUndo(result.undoUntil, now, policy).allowed;
}

/** G4: when the action ran (D7's record), and a new render when its undo window closes, so Undo goes away on time. */
export class UndoWindow implements ReactiveController {
  doneAt = new Date();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The action ran now; its undo, if any, is open until `undoUntil`. */
  start(undoUntil: string | null | undefined): void {
    this.doneAt = new Date();
    const left = undoUntil ? Date.parse(undoUntil) - Date.now() : -1;
    if (left >= 0) this.timer = setTimeout(() => this.host.requestUpdate(), Math.min(left + 50, 2 ** 31 - 1));
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
