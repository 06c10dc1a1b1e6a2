/**
 * Timing to a painted frame. The work starts inside a frame's
 * `requestAnimationFrame` callback; the microtasks it queues (Lit's updates)
 * run before that frame's style, layout and paint. A message posted from the
 * callback is handled as soon as the frame has been rendered (main-thread
 * paint and commit done), so the time to it counts the work and the rendering
 * without waiting for the next vsync. When `ready()` does not hold yet after
 * that frame, the next frames are checked the same way.
 */

/**
 * Resolves in a task of its own, after the microtasks and tasks queued so far;
 * called in a frame's callback, that task runs right after the frame is rendered.
 */
export function afterRender(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

/** Resolves after the next frame has been rendered. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => void afterRender().then(resolve)));
}

export interface Painted {
  /** From the start of `work` to the end of the first rendered frame in which `ready()` held. */
  ms: number;
  /** Which frame that was: 1 is the frame the work ran in. */
  frames: number;
}

/**
 * Runs `work` at the start of a frame and times it to the first rendered
 * frame in which the work has settled and `ready()` holds (called after
 * each frame with the time and frame so far). Rejects after `maxFrames` frames, or when the work throws.
 */
export async function paintedFrame(
  work: () => unknown,
  ready: (ms: number, frames: number) => boolean = () => true,
  maxFrames = 600,
): Promise<Painted> {
  await nextPaint();
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      let frames = 1;
      let settled = false;
      const check = () => {
        const ms = performance.now() - start;
        if (settled && ready(ms, frames)) resolve({ ms, frames });
        else if (frames >= maxFrames) reject(new Error(`not ready after ${maxFrames} frames`));
        else {
          frames += 1;
          requestAnimationFrame(() => void afterRender().then(check));
        }
      };
      try {
        Promise.resolve(work()).then(() => (settled = true), reject);
      } catch (error) {
        reject(error as Error);
        return;
      }
      void afterRender().then(check);
    });
  });
}

/** Collects garbage (Chromium's `gc()`, with `--js-flags=--expose-gc`) so that one sample's garbage is not collected during the next. */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export interface LongTasks {
  /**
   * The longest of the tasks overlapping `[from, to]` (0 when none), and how many there were; with `apart`, the
   * task running at that time (the host's own insertion, say) is left out of both and reported as `apartMs`.
   */
  read(from: number, to: number, apart?: number): { longest: number | null; count: number; apartMs: number | null };
  disconnect(): void;
}

/** Watches long tasks from now on. */
export function watchLongTasks(): LongTasks {
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return { read: () => ({ longest: null, count: 0, apartMs: null }), disconnect: () => {} };
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    disconnect: () => observer.disconnect(),
    read(from, to, apart) {
      entries.push(...observer.takeRecords());
      const overlapping = entries.filter((e) => e.startTime + e.duration > from && e.startTime < to);
      const holds = (e: PerformanceEntry) => apart !== undefined && e.startTime <= apart && apart <= e.startTime + e.duration;
      const rest = overlapping.filter((e) => !holds(e));
      return { longest: Math.max(0, ...rest.map((e) => e.duration)), count: rest.length, apartMs: overlapping.find(holds)?.duration ?? 0 };
    },
  };
}
