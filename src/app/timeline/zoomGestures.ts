import { select, type Selection } from "d3-selection";
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from "d3-zoom";
import { clampX, plotEnds, type ZoomOptions, type ZoomView } from "./zoomView";
import type { ZoomCallbacks } from "./zoomController";

export interface ZoomGestures {
  update(opts: ZoomOptions): void;
  /** Zooms by `factor` around a host x. */
  zoomBy(factor: number, at: number): void;
  panBy(px: number): void;
  set(view: ZoomView): void;
  destroy(): void;
}

/**
 * d3-zoom's gestures on `host`, starting from `view` (what the controller showed before they
 * loaded): wheel with Ctrl or over the axis zooms, dragging the plot pans, a sideways wheel pans.
 */
export function bindZoomGestures(host: HTMLElement, initial: ZoomOptions, view: ZoomView, cb: ZoomCallbacks): ZoomGestures {
  let opts = initial;
  const sel: Selection<HTMLElement, unknown, null, undefined> = select(host);
  const behavior = zoomBehavior(() => opts, cb);

  // Pick up the view as it stands, without telling the page about a change that is none.
  sel.property("__zoom", zoomIdentity.translate(view.x, 0).scale(view.k));
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
      behavior.scaleExtent([1, Math.max(1, opts.maxScale)]).translateExtent(plotExtent(opts));
      const cur = zoomTransform(host);
      behavior.transform(sel, zoomIdentity.translate(cur.x, 0).scale(Math.min(cur.k, Math.max(1, opts.maxScale))));
    },
    zoomBy(factor, at) {
      behavior.scaleBy(sel, factor, [at, 0]);
    },
    panBy(px) {
      behavior.translateBy(sel, -px / zoomTransform(host).k, 0);
    },
    set(v) {
      behavior.transform(sel, zoomIdentity.translate(v.x, 0).scale(v.k));
    },
    destroy() {
      host.removeEventListener("wheel", onWheel);
      sel.on(".zoom", null);
    },
  };
}

const plotExtent = (o: ZoomOptions): [[number, number], [number, number]] => {
  const [x0, x1] = plotEnds(o);
  return [
    [x0, 0],
    [x1, 1],
  ];
};

/** The d3-zoom behaviour for the plot of `opts()` (exported for zoomView.test.ts). */
export function zoomBehavior(opts: () => ZoomOptions, cb: ZoomCallbacks): ZoomBehavior<HTMLElement, unknown> {
  return zoom<HTMLElement, unknown>()
    .scaleExtent([1, Math.max(1, opts().maxScale)])
    .extent(() => plotExtent(opts()))
    .translateExtent(plotExtent(opts()))
    .clickDistance(4)
    .filter((event: Event) => {
      if (event.type === "wheel") {
        const w = event as WheelEvent;
        if (Math.abs(w.deltaX) > Math.abs(w.deltaY)) return false; // sideways: pan (below)
      }
      if ((event as MouseEvent).button > 0) return false;
      return cb.accept(event);
    })
    // The extent and the translate extent are the same plot: zoomView's clamp, so both agree.
    .constrain((transform, _ext, [[tx0], [tx1]]) => zoomIdentity.translate(clampX(transform.k, transform.x, tx0, tx1), 0).scale(transform.k))
    .on("zoom", (event: D3ZoomEvent<HTMLElement, unknown>) => cb.onChange({ k: event.transform.k, x: event.transform.x }));
}
