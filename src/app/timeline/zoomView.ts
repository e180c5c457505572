/** The horizontal view: screen x = k · (base x) + x, in the host element's pixels. */
export interface ZoomView {
  k: number;
  x: number;
}

export interface ZoomOptions {
  /** Where the plot starts inside the host element, px (the label column's width). */
  left: number;
  /** The plot's width, px. */
  width: number;
  /** Largest zoom factor. */
  maxScale: number;
}

/*
 * The view arithmetic of d3-zoom for an x-only zoom whose extent and translate extent are both the
 * plot ([left, left + width]). The timeline's first picture needs a view before d3-zoom's gestures
 * have loaded (zoomController.ts), and both must agree: zoomView.test.ts holds them equal.
 */

/** The largest zoom factor allowed (never below 1). */
export const maxK = (o: ZoomOptions): number => Math.max(1, o.maxScale);

/** The plot's ends in the host's pixels: both d3-zoom's extent and its translate extent. */
export const plotEnds = (o: ZoomOptions): [number, number] => [o.left, o.left + Math.max(1, o.width)];

/** Keeps [x0, x1] covering the viewport at zoom k: x lies in [x1 − k·x1, x0 − k·x0] (d3-zoom's default constrain, y pinned to 0). */
export const clampX = (k: number, x: number, x0: number, x1: number): number => Math.min(x0 - k * x0, Math.max(x1 - k * x1, x));

/** Keeps the plot covering the viewport. */
export function constrain(v: ZoomView, o: ZoomOptions): ZoomView {
  const [x0, x1] = plotEnds(o);
  return { k: v.k, x: clampX(v.k, v.x, x0, x1) };
}

/** zoom.scaleBy(factor, [at, 0]): the point under `at` stays put; k clamped to [1, maxScale]. */
export function scaleBy(v: ZoomView, factor: number, at: number, o: ZoomOptions): ZoomView {
  const k = Math.max(1, Math.min(maxK(o), v.k * factor));
  if (k === v.k) return constrain(v, o);
  const base = (at - v.x) / v.k;
  return constrain({ k, x: at - base * k }, o);
}

/** zoom.translateBy(dx, 0): dx in base (unzoomed) pixels. */
export function translateBy(v: ZoomView, dx: number, o: ZoomOptions): ZoomView {
  return constrain({ k: v.k, x: v.x + v.k * dx }, o);
}
