/**
 * The general links' dash "flow": a subtle march of the dashes towards the
 * target, stepped through a few dash patterns (MapLibre caches each one).
 * Runs only while asked to: when, is the policy of look/motion.ts.
 */
import { FLOW_STEP_MS } from '../look/motion.ts';
import { LINK_LOOK } from '../look/links.ts';
export const BASE_DASH = [...(LINK_LOOK.general.dash ?? [4, 4])];

/** Dash patterns of dash d and gap g shifted forward by 0, 1 … (d+g-1) units. */
export function dashSequence(d = 4, g = 4): number[][] {
  const period = d + g;
  const out: number[][] = [];
  for (let o = 0; o < period; o++) {
    // The dash occupies [o, o+d) of each period; a leading 0 means "start with a gap".
    out.push(o + d <= period ? [0, o, d, period - o - d] : [o + d - period, period - d, period - o, 0]);
  }
  return out;
}

export interface FlowLoop {
  /** Starts or stops the loop (idempotent). */
  run(on: boolean): void;
}

export function flowLoop(apply: (dash: number[]) => void, stepMs = FLOW_STEP_MS): FlowLoop {
  const seq = dashSequence();
  let frame = 0;
  let last = -1;
  const tick = (t: number): void => {
    const step = Math.floor(t / stepMs) % seq.length;
    if (step !== last) {
      last = step;
      apply(seq[step] as number[]);
    }
    frame = requestAnimationFrame(tick);
  };
  return {
    run(on) {
      if (on && !frame) frame = requestAnimationFrame(tick);
      if (!on && frame) {
        cancelAnimationFrame(frame);
        frame = 0;
        last = -1;
        apply(BASE_DASH);
      }
    },
  };
}
