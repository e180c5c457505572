import { describe, expect, it } from "vitest";
import { documentLabel } from "./documentLabel";

describe("documentLabel", () => {
  const text = "apiVersion: v1\nkind: Service\nmetadata: {name: front, labels: {a: b}}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    app: web\n  name: web-1\nspec:\n  containers: []\n";
  it("names each document by kind and metadata.name", () => {
    expect(documentLabel(text, 0)).toBe('Service "front"');
    expect(documentLabel(text, 1)).toBe('Pod "web-1"');
  });
  it("ignores a leading separator and a missing document", () => {
    expect(documentLabel("---\nkind: Pod\nmetadata:\n  name: a\n", 0)).toBe('Pod "a"');
    expect(documentLabel(text, 5)).toBeUndefined();
  });
  it("does not take a container's name for the object's", () => {
    expect(documentLabel("kind: Pod\nspec:\n  containers:\n  - name: app\n", 0)).toBe("Pod");
  });
  it("finds a late document of a long text without splitting all of it", () => {
    const pods = Array.from({ length: 2000 }, (_, i) => `kind: Pod\nmetadata:\n  name: p-${i}\n`).join("---\n");
    expect(documentLabel(pods, 1999)).toBe('Pod "p-1999"');
    expect(documentLabel(pods, 2000)).toBeUndefined();
  });
  it("returns undefined when there is no kind", () => {
    expect(documentLabel("foo: [", 0)).toBeUndefined();
  });
});
