import { select, type Selection } from "d3-selection";
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from "d3-zoom";

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
 */
export function createZoomController(host: HTMLElement, initial: ZoomOptions, cb: ZoomCallbacks): ZoomController {
  let opts = initial;
  const sel: Selection<HTMLElement, unknown, null, undefined> = select(host);
  const extent = (): [[number, number], [number, number]] => [
    [opts.left, 0],
    [opts.left + Math.max(1, opts.width), 1],
  ];

  const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .scaleExtent([1, Math.max(1, opts.maxScale)])
    .extent(extent)
    .translateExtent(extent())
    .clickDistance(4)
    .filter((event: Event) => {
      if (event.type === "wheel") {
        const w = event as WheelEvent;
        if (Math.abs(w.deltaX) > Math.abs(w.deltaY)) return false; // sideways: pan (below)
      }
      if ((event as MouseEvent).button > 0) return false;
      return cb.accept(event);
    })
    .constrain((transform, ext, translateExtent) => {
      const k = transform.k;
      const [[x0], [x1]] = ext;
      const [[tx0], [tx1]] = translateExtent;
      // Keep [tx0, tx1] covering the viewport: x must lie in [x1 - k·tx1, x0 - k·tx0].
      const x = Math.min(x0 - k * tx0, Math.max(x1 - k * tx1, transform.x));
      return zoomIdentity.translate(x, 0).scale(k);
    })
    .on("zoom", (event: D3ZoomEvent<HTMLElement, unknown>) => cb.onChange({ k: event.transform.k, x: event.transform.x }));

  sel.call(behavior).on("dblclick.zoom", null);

  // Sideways wheel (trackpads, shift+wheel on some systems) pans instead of zooming.
  const onWheel = (event: WheelEvent) => {
    if (Math.abs(event.deltaX) <= Math.abs(event.deltaY) || !cb.accept(event)) return;
    event.preventDefault();
    behavior.translateBy(sel, -event.deltaX / zoomTransform(host).k, 0);
  };
  host.addEventListener("wheel", onWheel, { passive: false });

  return {
    update(next) {
      opts = next;
      behavior.scaleExtent([1, Math.max(1, opts.maxScale)]).extent(extent).translateExtent(extent());
      const cur = zoomTransform(host);
      behavior.transform(sel, zoomIdentity.translate(cur.x, 0).scale(Math.min(cur.k, Math.max(1, opts.maxScale))));
    },
    zoomBy(factor, anchor) {
      const at = opts.left + (anchor ?? opts.width / 2);
      behavior.scaleBy(sel, factor, [at, 0]);
    },
    panBy(px) {
      behavior.translateBy(sel, -px / zoomTransform(host).k, 0);
    },
    reset() {
      behavior.transform(sel, zoomIdentity);
    },
    set(view) {
      behavior.transform(sel, zoomIdentity.translate(view.x, 0).scale(view.k));
    },
    destroy() {
      host.removeEventListener("wheel", onWheel);
      sel.on(".zoom", null);
    },
  };
}
