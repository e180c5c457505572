import { useSyncExternalStore } from "react";

export interface HoverInfo {
  lines: string[];
  /** Position inside the timeline's root, px. */
  x: number;
  y: number;
}

/** A tiny external store, so moving the pointer re-renders the tooltip and nothing else. */
export interface HoverStore {
  get(): HoverInfo | undefined;
  set(info: HoverInfo | undefined): void;
  subscribe(fn: () => void): () => void;
}

export function createHoverStore(): HoverStore {
  let value: HoverInfo | undefined;
  const subs = new Set<() => void>();
  return {
    get: () => value,
    set(info) {
      if (info === value) return;
      value = info;
      for (const fn of subs) fn();
    },
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
  };
}

/** Details of what is under the pointer. Screen readers get the same facts from the live text. */
export function Tooltip({ store }: { store: HoverStore }) {
  const info = useSyncExternalStore(store.subscribe, store.get, store.get);
  if (!info) return null;
  const [title, ...rest] = info.lines;
  return (
    <div className="tl-tooltip" style={{ left: info.x, top: info.y }} aria-hidden="true">
      <strong>{title}</strong>
      {rest.map((l, i) => (
        <div key={i}>{l}</div>
      ))}
    </div>
  );
}
