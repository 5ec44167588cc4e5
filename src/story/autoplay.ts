/**
 * Kiosk autoplay (?mode=present&autoplay=<seconds>): turns the page every
 * `intervalMs`, forever. Any interaction pauses it; it resumes `resumeMs`
 * after the last one. It holds exactly one timer at any time and allocates
 * nothing per step, so it can run for days.
 */

/** How long autoplay waits after the last interaction before it starts turning pages again. */
export const RESUME_MS = 60_000;

export class Autoplay {
  #timer: ReturnType<typeof setTimeout> | null = null;
  #paused = false;
  #running = false;
  readonly #interval: number;
  readonly #resume: number;
  readonly #tick: () => void;
  readonly #onPause: (paused: boolean) => void;
  // Bound once: re-arming the timer creates no closure.
  readonly #fire = (): void => {
    this.#timer = null;
    if (!this.#running) return;
    if (this.#paused) {
      this.#paused = false;
      this.#onPause(false);
    } else {
      this.#tick();
    }
    this.#arm(this.#interval);
  };

  constructor(intervalMs: number, tick: () => void, onPause: (paused: boolean) => void = () => {}, resumeMs = RESUME_MS) {
    this.#interval = intervalMs;
    this.#resume = resumeMs;
    this.#tick = tick;
    this.#onPause = onPause;
  }

  get paused(): boolean {
    return this.#paused;
  }
  get running(): boolean {
    return this.#running;
  }

  start(): void {
    this.#running = true;
    this.#paused = false;
    this.#arm(this.#interval);
  }

  stop(): void {
    this.#running = false;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** An interaction: pause now, resume after a quiet while (each interaction restarts the wait). */
  interact(): void {
    if (!this.#running) return;
    if (!this.#paused) {
      this.#paused = true;
      this.#onPause(true);
    }
    this.#arm(this.#resume);
  }

  #arm(ms: number): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#fire, ms);
  }
}
