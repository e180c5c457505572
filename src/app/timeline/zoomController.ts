import { maxK, scaleBy, translateBy, type ZoomOptions, type ZoomView } from "./zoomView";
import type { ZoomGestures } from "./zoomGestures";

export type { ZoomOptions, ZoomView };

export interface ZoomController {
  update(opts: ZoomOptions): void;
  /** Zooms by `factor` around a plot x (px from the plot's left); the plot's centre by default. */
  zoomBy(factor: number, anchor?: number): void;
  /** Moves the view by `px` screen pixels (positive shows later times). */
  panBy(px: number): void;
  reset(): void;
  /** Shows exactly `view` (another timeline's, when two share one axis). */
  set(view: ZoomView): void;
  destroy(): void;
}

export interface ZoomCallbacks {
  onChange(view: ZoomView): void;
  /** Whether a pointer or wheel event may start a gesture (for example not over buttons or the axis drag). */
  accept(event: Event): boolean;
}

/**
 * A framework-agnostic x-only zoom and pan on `host` (xyflow's XYPanZoom pattern): d3-zoom does
 * the gestures, the y translation is pinned to 0, and panning stops at the ends of the run. The
 * React component creates it once, passes size changes through update() and destroys it on cleanup.
 *
 * d3-zoom (with d3-transition and d3-drag) is not needed for the first picture, so it loads in its
 * own chunk; until it is there the view is kept here with the same arithmetic (zoomView.ts), so
 * the buttons, keys and the fit to the story so far work from the first frame.
 */
export function createZoomController(host: HTMLElement, initial: ZoomOptions, cb: ZoomCallbacks): ZoomController {
  let opts = initial;
  let view: ZoomView = { k: 1, x: 0 };
  let gestures: ZoomGestures | undefined;
  let destroyed = false;
  const show = (v: ZoomView) => {
    view = v;
    cb.onChange(v);
  };
  void import("./zoomGestures").then(({ bindZoomGestures }) => {
    if (destroyed) return;
    gestures = bindZoomGestures(host, opts, view, cb);
  });
  return {
    update(next) {
      opts = next;
      if (gestures) return gestures.update(next);
      show({ x: view.x, k: Math.min(view.k, maxK(next)) });
    },
    zoomBy(factor, anchor) {
      const at = opts.left + (anchor ?? opts.width / 2);
      if (gestures) return gestures.zoomBy(factor, at);
      show(scaleBy(view, factor, at, opts));
    },
    panBy(px) {
      if (gestures) return gestures.panBy(px);
      show(translateBy(view, -px / view.k, opts));
    },
    reset() {
      if (gestures) return gestures.set({ k: 1, x: 0 });
      show({ k: 1, x: 0 });
    },
    set(v) {
      if (gestures) return gestures.set(v);
      show({ k: v.k, x: v.x });
    },
    destroy() {
      destroyed = true;
      gestures?.destroy();
    },
  };
}
