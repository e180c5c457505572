import { describe, it, expect } from "vitest";
import { Input, OutputSink, TailBuffer } from "./io";

describe("Input", () => {
  it("reads lines then the rest", () => {
    const i = new Input("a\nb\nc");
    expect(i.readLine()).toBe("a");
    expect(i.readAll()).toBe("b\nc");
    expect(i.readLine()).toBeNull();
  });
});

describe("TailBuffer", () => {
  it("keeps the last characters", () => {
    const t = new TailBuffer(4);
    for (const c of "abcdefghij") t.append(c);
    expect(t.value).toBe("ghij");
  });
});

describe("OutputSink", () => {
  it("interleaves, reports text since a mark, and streams", () => {
    const seen: string[] = [];
    const s = new OutputSink((fd, t) => seen.push(`${fd}:${t}`));
    s.write(1, "a");
    const m = s.mark();
    s.write(2, "b");
    s.write(1, "c");
    expect(s.since(m)).toBe("bc");
    expect(s.result()).toEqual({ stdout: "ac", stderr: "b", output: "abc" });
    expect(seen).toEqual(["1:a", "2:b", "1:c"]);
  });
});
