// Reduced-motion-aware durations: every chart transition asks here how long it may take.
import { motion } from '../styles/tokens';

/** True when the reader asked the system for reduced motion. Browser only. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Duration for a chart state change, in ms: 0 under reduced motion or when `instant` is set. */
export function chartDuration(instant = false): number {
  return instant || prefersReducedMotion() ? 0 : motion.chartMs;
}
