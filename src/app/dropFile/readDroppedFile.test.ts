import { describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES } from "../../engine/input/yamlDocuments";
import { checkFile, decodeText, MAX_DROP_BYTES } from "./readDroppedFile";

describe("dropped files", () => {
  it("uses the engine's size limit", () => {
    expect(MAX_DROP_BYTES).toBe(MAX_INPUT_BYTES);
  });

  it("accepts YAML, JSON and text files up to 8 MiB", () => {
    for (const name of ["a.yaml", "B.YML", "c.json", "d.txt"]) expect(checkFile({ name, size: 10 })).toBeUndefined();
    expect(checkFile({ name: "a.yaml", size: MAX_DROP_BYTES })).toBeUndefined();
  });

  it("refuses larger files with their size in MB", () => {
    expect(checkFile({ name: "big.yaml", size: 9_100_000 })).toEqual({ key: "drop.tooLarge", size: "9.1" });
  });

  it("refuses other extensions", () => {
    expect(checkFile({ name: "photo.png", size: 10 })).toEqual({ key: "drop.wrongType" });
    expect(checkFile({ name: "yaml", size: 10 })).toEqual({ key: "drop.wrongType" });
  });

  it("decodes UTF-8, Korean included, and drops a byte-order mark", () => {
    const bytes = new TextEncoder().encode("\uFEFFkind: Pod\n# 파드\n\tx: 1\r\n");
    expect(decodeText(bytes)).toEqual({ text: "kind: Pod\n# 파드\n\tx: 1\r\n" });
  });

  it("refuses invalid UTF-8 and binary content", () => {
    expect(decodeText(new Uint8Array([0x6b, 0xff, 0xfe, 0x00]))).toEqual({ problem: { key: "drop.notText" } });
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toEqual({ problem: { key: "drop.notText" } });
    expect(decodeText(new Uint8Array([0x61, 0x00, 0x62]))).toEqual({ problem: { key: "drop.notText" } });
  });
});
