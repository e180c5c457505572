import { describe, expect, it } from "vitest";
import { Clock } from "../sim/clock";
import { TraceRecorder } from "../trace/recorder";
import { ApiStore, type StoredRef } from "./store";

const cause = { rule: "test" };
const pod = (name: string, uid: string) => ({ apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default", uid }, spec: {}, status: {} });

describe("ApiStore.find", () => {
  it("reads what get reads, through a ref while its object lives and by name once it was deleted", () => {
    const store = new ApiStore(new Clock(), new TraceRecorder(), 0);
    const refs: Array<StoredRef | undefined> = [];
    store.watch("Pod", (_verb, _obj, _entry, _key, ref) => refs.push(ref));
    const first = store.create(pod("a", "1"), cause).object;
    const ref = refs[0];
    expect(store.find(ref, "Pod", "default", "a")).toBe(first);
    const second = store.update(first, { ...first, status: { phase: "Running" } }, cause).object;
    expect(store.find(ref, "Pod", "default", "a")).toBe(second);
    expect(store.placeOf(second)).toBe(ref);
    // Another name, namespace or kind through the same ref is looked up by name.
    expect(store.find(ref, "Pod", "default", "b")).toBeUndefined();
    expect(store.find(ref, "Pod", "other", "a")).toBeUndefined();
    expect(store.find(ref, "Node", "default", "a")).toBeUndefined();
    store.delete(second, cause);
    expect(store.find(ref, "Pod", "default", "a")).toBeUndefined();
    const again = store.create(pod("a", "2"), cause).object;
    expect(store.find(ref, "Pod", "default", "a")).toBe(again);
    expect(store.find(undefined, "Pod", "default", "a")).toBe(again);
  });
});
