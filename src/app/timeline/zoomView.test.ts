import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { select } from "d3-selection";
import { zoomIdentity, zoomTransform } from "d3-zoom";
import { scaleBy, translateBy, constrain, type ZoomOptions, type ZoomView } from "./zoomView";
import { zoomBehavior } from "./zoomGestures";

// Until d3-zoom's chunk has loaded, the timeline's view is kept by zoomView.ts: the two must agree,
// or the first zoom by hand would jump. Here d3-zoom itself runs each operation on a bare node.
type Op = { kind: "scale"; factor: number; at: number } | { kind: "pan"; px: number } | { kind: "set"; view: ZoomView };

function viaD3(opts: ZoomOptions, ops: Op[]): ZoomView[] {
  const node = {} as unknown as HTMLElement;
  const sel = select(node);
  const seen: ZoomView[] = [];
  const behavior = zoomBehavior(() => opts, { onChange: (v) => seen.push(v), accept: () => true });
  sel.property("__zoom", zoomIdentity);
  for (const op of ops) {
    if (op.kind === "scale") behavior.scaleBy(sel, op.factor, [op.at, 0]);
    else if (op.kind === "pan") behavior.translateBy(sel, -op.px / zoomTransform(node).k, 0);
    else behavior.transform(sel, zoomIdentity.translate(op.view.x, 0).scale(op.view.k));
  }
  return seen;
}

function viaView(opts: ZoomOptions, ops: Op[]): ZoomView[] {
  let v: ZoomView = { k: 1, x: 0 };
  const seen: ZoomView[] = [];
  for (const op of ops) {
    v = op.kind === "scale" ? scaleBy(v, op.factor, op.at, opts) : op.kind === "pan" ? translateBy(v, -op.px / v.k, opts) : { ...op.view };
    seen.push(v);
  }
  return seen;
}

const close = (a: ZoomView[], b: ZoomView[]) => {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) {
    expect(a[i].k).toBeCloseTo(b[i].k, 9);
    expect(a[i].x).toBeCloseTo(b[i].x, 6);
  }
};

describe("the timeline's view before d3-zoom has loaded", () => {
  it("zooms and pans exactly as d3-zoom does", () => {
    const opts = fc.record({ left: fc.integer({ min: 0, max: 300 }), width: fc.integer({ min: 0, max: 2000 }), maxScale: fc.double({ min: 0.5, max: 64, noNaN: true }) });
    const op = (o: ZoomOptions): fc.Arbitrary<Op> =>
      fc.oneof(
        fc.record({ kind: fc.constant("scale" as const), factor: fc.double({ min: 0.2, max: 5, noNaN: true }), at: fc.double({ min: o.left, max: o.left + Math.max(1, o.width), noNaN: true }) }),
        fc.record({ kind: fc.constant("pan" as const), px: fc.double({ min: -3000, max: 3000, noNaN: true }) }),
        fc.record({ kind: fc.constant("set" as const), view: fc.record({ k: fc.double({ min: 1, max: 8, noNaN: true }), x: fc.double({ min: -5000, max: 0, noNaN: true }) }) }),
      );
    fc.assert(
      fc.property(
        opts.chain((o) => fc.tuple(fc.constant(o), fc.array(op(o), { minLength: 1, maxLength: 12 }))),
        ([o, ops]) => close(viaView(o, ops), viaD3(o, ops)),
      ),
      { numRuns: 300 },
    );
  });

  it("never lets the plot leave the viewport", () => {
    const o = { left: 180, width: 800, maxScale: 10 };
    expect(constrain({ k: 4, x: 500 }, o)).toEqual({ k: 4, x: 180 - 4 * 180 });
    expect(constrain({ k: 4, x: -1e6 }, o).x).toBe(980 - 4 * 980);
    // Zooming out from the far right ends at the whole run.
    const v = scaleBy(scaleBy({ k: 1, x: 0 }, 4, 980, o), 0.25, 980, o);
    expect(v).toEqual({ k: 1, x: 0 });
  });
});
