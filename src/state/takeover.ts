/**
 * The takeover of a prerendered page, one step per task. The page is on screen and usable before the app
 * runs; what the app still has to draw (the live map layer by layer, the panel below its first screen) is
 * queued here and drawn in short tasks, so none blocks the reader's input for long (README "Performance").
 * Steps run in the order they were queued, also those queued by a step; `whenDone` runs after the last.
 */
export class Takeover {
  #steps: (() => void)[] = [];
  #done: (() => void)[] = [];
  #scheduled = false;
  #finished = false;

  /** Queues `fn` for a task of its own. After the takeover it runs at once (nothing waits any more). */
  step(fn: () => void): void {
    if (this.#finished) return fn();
    this.#steps.push(fn);
    this.#schedule();
  }

  /** Runs `fn` once every step has run (at once if the takeover is over). */
  whenDone(fn: () => void): void {
    if (this.#finished) return fn();
    this.#done.push(fn);
    this.#schedule();
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setTimeout(() => this.#run(), 0);
  }

  #run(): void {
    this.#scheduled = false;
    const next = this.#steps.shift();
    if (next) {
      next();
      this.#schedule();
      return;
    }
    this.#finished = true;
    for (const fn of this.#done.splice(0)) fn();
  }
}
