/** How many services `<service-reactivate-form>` renders so far: a big customer's list comes in a slice a task, so the page never stalls. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Services rendered per task while a big customer's list comes in. */
const ROWS_PER_TASK = 400;

export class RowSlices implements ReactiveController {
  /** The services rendered so far. */
  rows = ROWS_PER_TASK;
  private growing: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly total: () => number) {
    host.addController(this);
  }

  /** Back to the first slice (another customer). */
  reset(): void {
    this.rows = ROWS_PER_TASK;
  }

  /** More services than rendered: the next slice in the next task, so that input and paint get in between. */
  hostUpdated(): void {
    if (this.rows < this.total() && this.growing === undefined && this.host.isConnected) {
      this.growing = setTimeout(() => {
        this.growing = undefined;
        this.rows += ROWS_PER_TASK;
        this.host.requestUpdate();
      });
    }
  }
}
