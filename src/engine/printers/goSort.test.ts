import { describe, expect, it } from "vitest";
import { goSort } from "./goSort";

describe("goSort (Go sort.Sort, pdqsort since Go 1.19)", () => {
  it("sorts like any sort", () => {
    const xs = [5, 3, 9, 1, 1, 8, 2, 7, 0, 6, 4, 3, 12, 11, 10, 15, 14, 13, 2, 0];
    goSort(xs, (a, b) => a < b);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it("keeps the input order of ties up to 12 elements (insertion sort)", () => {
    const xs = [2, 1, 2, 1, 1, 0].map((k, i) => ({ k, i }));
    goSort(xs, (a, b) => a.k < b.k);
    expect(xs.map((x) => x.i)).toEqual([5, 1, 3, 4, 0, 2]);
  });

  it("is deterministic on larger inputs with many ties", () => {
    const mk = () => Array.from({ length: 60 }, (_, i) => ({ k: (i * 7) % 5, i }));
    const a = mk();
    const b = mk();
    goSort(a, (x, y) => x.k < y.k);
    goSort(b, (x, y) => x.k < y.k);
    expect(a).toEqual(b);
    expect(a.map((x) => x.k)).toEqual([...a.map((x) => x.k)].sort((x, y) => x - y));
  });
});
