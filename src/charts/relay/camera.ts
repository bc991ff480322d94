// The camera: which part of the placed diagram a state shows, framed so the diagram is drawn at full size;
// on the stage a box the window would cut is not drawn (it fades out), so every label shown is whole.
import type { Box } from './layout';

export interface CameraInput {
  /** Height of the whole placed diagram. */
  height: number;
  /** Boxes of every node the state shows. */
  visible: Box[];
  /** Boxes the state is about: framed whole when they fit, else their latest part. */
  focus: Box[];
  /** Room on screen, in the diagram's units (its width is the screen's): no window is taller. */
  room?: number;
  /** The part of the diagram the window may show: [top, bottom]. */
  within?: [number, number];
}

const PAD = 12;

/** The window [top, height] to show. Without `room` it frames the focus; with it, at most `room` tall, at full size. */
export function frame(c: CameraInput): { top: number; height: number } {
  const [lo, hi] = c.within ?? [0, c.height];
  const boxes = c.focus.length ? c.focus : c.visible;
  if (!boxes.length) return { top: lo, height: hi - lo };
  let top = Math.max(lo, Math.min(...boxes.map((b) => b.y)) - PAD);
  let bottom = Math.min(hi, Math.max(...boxes.map((b) => b.y + b.h)) + PAD);
  if (c.room !== undefined && c.room > 0) {
    if (bottom - top > c.room) {
      // Too tall for the screen: show the latest part of what the state is about (its last rows).
      top = bottom - c.room;
    } else {
      // Room to spare: grow around the focus (half up, the rest down, then up again), within what the state shows.
      let spare = c.room - (bottom - top);
      const shownTop = Math.max(lo, Math.min(...c.visible.map((b) => b.y), top) - PAD);
      const shownBottom = Math.min(hi, Math.max(...c.visible.map((b) => b.y + b.h), bottom) + PAD);
      const up = Math.max(0, Math.min(spare / 2, top - shownTop));
      top -= up;
      spare -= up;
      const down = Math.max(0, Math.min(spare, shownBottom - bottom));
      bottom += down;
      spare -= down;
      top -= Math.max(0, Math.min(spare, top - shownTop));
    }
  }
  return { top, height: bottom - top };
}

/** Whether a box lies whole inside a window (the stage hides what would be cut: no half-drawn label). */
export function inWindow(box: Box, w: { top: number; height: number }): boolean {
  return box.y >= w.top - 0.5 && box.y + box.h <= w.top + w.height + 0.5;
}
