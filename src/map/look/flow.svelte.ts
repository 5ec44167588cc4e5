/**
 * When the links' flow runs (the policy is in motion.ts), as reactive state
 * both maps share: awake for FLOW_MS after the map is ready and after the links
 * are switched on; asleep at once on a selection; never under reduced motion,
 * off screen or in a hidden tab. Call inside a component; it cleans up itself.
 */
import { untrack } from 'svelte';
import { FLOW_MS, flowRuns } from './motion.ts';

export interface FlowInputs {
  ready: () => boolean;
  linksShown: () => boolean;
  zone: () => string | null;
  element: () => Element | undefined;
}

export function useFlow(inputs: FlowInputs): { readonly on: boolean; readonly reducedMotion: boolean } {
  let awake = $state(false);
  let reducedMotion = $state(false);
  let onScreen = $state(true);
  let pageVisible = $state(true);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const wake = (): void => {
    awake = true;
    clearTimeout(timer);
    timer = setTimeout(() => (awake = false), FLOW_MS);
  };

  $effect(() => {
    const motion = matchMedia('(prefers-reduced-motion: reduce)');
    reducedMotion = motion.matches;
    const onMotion = (): void => void (reducedMotion = motion.matches);
    const onVisibility = (): void => void (pageVisible = document.visibilityState === 'visible');
    motion.addEventListener('change', onMotion);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      motion.removeEventListener('change', onMotion);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  });
  $effect(() => {
    const el = inputs.element();
    if (!el) return;
    const seen = new IntersectionObserver((entries) => {
      for (const e of entries) onScreen = e.isIntersecting;
    });
    seen.observe(el);
    return () => seen.disconnect();
  });
  $effect(() => {
    if (inputs.ready() && inputs.linksShown()) untrack(wake);
  });
  let zoneSeen: string | null | undefined;
  $effect(() => {
    const zone = inputs.zone();
    if (zoneSeen !== undefined && zone !== zoneSeen) untrack(() => (awake = false));
    zoneSeen = zone;
  });

  return {
    get on() {
      return inputs.ready() && flowRuns({ awake, linksShown: inputs.linksShown(), reducedMotion, onScreen, pageVisible });
    },
    get reducedMotion() {
      return reducedMotion;
    },
  };
}
