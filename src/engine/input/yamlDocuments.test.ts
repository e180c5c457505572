import { describe, expect, it } from "vitest";
import { documentIndexAt, parseYamlDocuments } from "./yamlDocuments";

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: "nginx:1.25"
    livenessProbe:
      periodSeconds: 5
    command: |
      run
`;

describe("parseYamlDocuments", () => {
  it("gives values and positions for paths, keys and quoted scalars", () => {
    const { docs, errors } = parseYamlDocuments(pod);
    expect(errors).toEqual([]);
    expect(docs).toHaveLength(1);
    const doc = docs[0];
    expect((doc.value as { metadata: { name: string } }).metadata.name).toBe("web");
    expect(doc.valueAt(["metadata", "name"])).toEqual({ line: 4, column: 9 });
    expect(doc.keyAt(["spec", "containers", 0, "livenessProbe", "periodSeconds"])).toEqual({ line: 10, column: 7 });
    expect(doc.valueAt(["spec", "containers", 0, "livenessProbe", "periodSeconds"])).toEqual({ line: 10, column: 22 });
    // the opening quote, not the first character inside it
    expect(doc.valueAt(["spec", "containers", 0, "image"])).toEqual({ line: 8, column: 12 });
    // a block scalar points at its indicator
    expect(doc.valueAt(["spec", "containers", 0, "command"])).toEqual({ line: 11, column: 14 });
    expect(doc.valueAt(["spec", "containers", 0])).toEqual({ line: 7, column: 5 });
  });

  it("falls back to the nearest existing ancestor and reports whether a path exists", () => {
    const doc = parseYamlDocuments(pod).docs[0];
    expect(doc.valueAt(["spec", "containers", 0, "readinessProbe", "httpGet"])).toEqual({ line: 7, column: 5 });
    expect(doc.keyAt(["spec", "nope"])).toEqual(doc.valueAt(["spec"]));
    expect(doc.has(["spec", "containers", 0, "name"])).toBe(true);
    expect(doc.has(["spec", "containers", 1])).toBe(false);
  });

  it("counts every document but skips empty ones", () => {
    const text = "---\n# only a comment\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n---\nkind: Pod\n";
    const { docs, errors } = parseYamlDocuments(text);
    expect(errors).toEqual([]);
    expect(docs.map((d) => d.index)).toEqual([1, 3]);
    expect(docs[1].valueAt(["kind"])).toEqual({ line: 9, column: 7 });
  });

  it("skips an explicit null document", () => {
    expect(parseYamlDocuments("--- null\n---\nkind: Pod\n").docs.map((d) => d.index)).toEqual([1]);
  });

  it("returns nothing for empty input", () => {
    expect(parseYamlDocuments("")).toEqual({ docs: [], errors: [] });
    expect(parseYamlDocuments("# nothing here\n")).toEqual({ docs: [], errors: [] });
  });

  it("reports a syntax error on one line with js-yaml's reason", () => {
    const { docs, errors } = parseYamlDocuments("kind: Pod\n---\na: 1\n b: 2\n");
    expect(docs).toEqual([]);
    expect(errors).toEqual([{ message: "bad indentation of a mapping entry", path: "", line: 4, column: 3, document: 1, severity: "error" }]);
  });

  it("reports duplicated keys", () => {
    const { errors } = parseYamlDocuments("a: 1\nb: 2\na: 3\n");
    expect(errors[0]).toMatchObject({ message: "duplicated mapping key", line: 3, column: 1 });
  });

  it("rejects a top-level value that is not a mapping", () => {
    const { docs, errors } = parseYamlDocuments("kind: Pod\n---\n- a\n- b\n");
    expect(docs).toHaveLength(1);
    expect(errors).toEqual([
      {
        message: "document 2 is not a Kubernetes object (expected a mapping with apiVersion and kind)",
        path: "",
        line: 3,
        column: 1,
        document: 1,
        severity: "error",
      },
    ]);
  });

  it("expands aliases into independent copies and merges `<<` keys", () => {
    const { docs } = parseYamlDocuments("a: &p {x: 1}\nb: *p\nc:\n  <<: *p\n  y: 2\n");
    const v = docs[0].value as Record<string, Record<string, number>>;
    expect(v.b).toEqual({ x: 1 });
    expect(v.b).not.toBe(v.a);
    expect(v.c).toEqual({ x: 1, y: 2 });
    // an alias points at its `*`; a merged key at its definition
    expect(docs[0].valueAt(["b"])).toEqual({ line: 2, column: 4 });
    expect(docs[0].keyAt(["c", "x"])).toEqual({ line: 1, column: 8 });
  });

  it("rejects input over 8 MiB with the size in MB", () => {
    const big = "a: " + "x".repeat(9_100_000) + "\n";
    const { errors } = parseYamlDocuments(big);
    expect(errors).toEqual([{ message: "the file is 9.1 MB; podplay accepts up to 8 MiB", path: "", line: 1, column: 1, document: 0, severity: "error" }]);
  });

  it("rejects more than 10,000 documents", () => {
    const text = "a: 1\n---\n".repeat(10001) + "# a trailing empty document does not count\n";
    const { errors } = parseYamlDocuments(text);
    expect(errors[0].message).toBe("the file has 10,001 documents; podplay accepts up to 10,000");
    expect(errors[0].document).toBe(10000);
  });

  it("stops alias bombs before they expand", () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i <= 8; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]`);
    const { docs, errors } = parseYamlDocuments(lines.join("\n") + "\n");
    expect(docs).toEqual([]);
    expect(errors[0].message).toBe("the YAML aliases expand to more than 2,000,000 nodes; use fewer or smaller aliases (*name)");
    expect(errors[0].line).toBe(7);
  });

  it("accepts nesting of 100 levels and rejects 101", () => {
    const nest = (n: number) => "a: " + "[".repeat(n - 1) + "]".repeat(n - 1) + "\n";
    expect(parseYamlDocuments(nest(100)).errors).toEqual([]);
    expect(parseYamlDocuments(nest(101)).errors[0].message).toBe("the YAML nests deeper than 100 levels; podplay accepts up to 100");
  });

  it("counts depth after alias expansion", () => {
    const deep = "[".repeat(60) + "]".repeat(60);
    const { errors } = parseYamlDocuments(`a: &d ${deep}\nb: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[*d]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n`);
    expect(errors[0].message).toMatch(/nests deeper than 100 levels \(counting what aliases expand to\)/);
  });

  it("parses 5 MB of ordinary manifests (its speed is the bench's parse-5MB line)", () => {
    const env = Array.from({ length: 40 }, (_, j) => `    - name: VAR_${j}\n      value: "value ${j}"\n`).join("");
    const one = (i: number) =>
      `---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  labels: {app: web}\nspec:\n  containers:\n  - name: c\n    image: nginx:1.25\n    command: ["sh", "-c", "sleep 3600"]\n    resources:\n      limits: {cpu: 500m, memory: 128Mi}\n      requests: {cpu: 250m, memory: 64Mi}\n    ports:\n    - containerPort: 80\n      name: http\n    env:\n${env}`;
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const s = one(i);
      parts.push(s);
      size += s.length;
    }
    const text = parts.join("");
    const { docs, errors } = parseYamlDocuments(text);
    expect(errors).toEqual([]);
    expect(docs.length).toBe(parts.length);
    expect((docs.at(-1)?.value as { metadata: { name: string } }).metadata.name).toBe(`p${parts.length - 1}`);
  });
});

describe("documentIndexAt", () => {
  it("does not count a leading ---", () => {
    expect(documentIndexAt("---\na: 1\n---\nb: 2\n", 16)).toBe(1);
    expect(documentIndexAt("a: 1\n---\nb: 2\n", 10)).toBe(1);
    expect(documentIndexAt("# c\n---\nb: 2\n", 9)).toBe(0);
  });
});
