/**
 * A binary min-heap of timed entries, ordered by time and then by insertion sequence so that
 * entries at the same simulated instant run in the order they were scheduled (determinism).
 */
export interface HeapEntry {
  t: number;
  seq: number;
}

export class MinHeap<E extends HeapEntry> {
  private items: E[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): E | undefined {
    return this.items[0];
  }

  push(e: E): void {
    const a = this.items;
    a.push(e);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(e, a[p])) break;
      a[i] = a[p];
      i = p;
    }
    a[i] = e;
  }

  pop(): E | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    let i = 0;
    const n = a.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && less(a[r], a[l]) ? r : l;
      if (!less(a[c], last)) break;
      a[i] = a[c];
      i = c;
    }
    a[i] = last;
    return top;
  }
}

function less(a: HeapEntry, b: HeapEntry): boolean {
  return a.t < b.t || (a.t === b.t && a.seq < b.seq);
}
