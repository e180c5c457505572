import { describe, expect, it } from "vitest";
import { parseYamlDocuments } from "../../engine/input/yamlDocuments";
import { computeAppendAction, type TextEdit } from "./appendAction";

const ACTION = "at: 30s\ndelete:\n  pod: web";
const DELETE = { at: "30s", delete: { pod: "web" } };

/** Applies an edit the way Monaco does (1-based lines and columns, end exclusive). */
function apply(text: string, edit: TextEdit): string {
  const lines = text.split("\n");
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const { startLineNumber, startColumn, endLineNumber, endColumn } = edit.range;
  return text.slice(0, offset(startLineNumber, startColumn)) + edit.text + text.slice(offset(endLineNumber, endColumn));
}

function scenarioOf(text: string): Record<string, unknown> {
  const { docs, errors } = parseYamlDocuments(text);
  expect(errors).toEqual([]);
  const sc = docs.filter((d) => (d.value as { kind?: string }).kind === "Scenario");
  expect(sc).toHaveLength(1);
  return sc[0].value as Record<string, unknown>;
}

function run(text: string, action = ACTION) {
  const edit = computeAppendAction(text, action);
  const out = apply(text, edit);
  const lines = out.split("\n");
  return { edit, out, lines, actions: (scenarioOf(out).spec as { actions: unknown[] }).actions };
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: nginx
`;

describe("computeAppendAction", () => {
  it("adds a Scenario document after a separator when there is none", () => {
    const { out, actions, edit, lines } = run(POD);
    expect(actions).toEqual([DELETE]);
    expect(out.startsWith(POD.trimEnd() + "\n---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  actions:\n  - at: 30s\n")).toBe(true);
    expect(lines[edit.line - 1]).toBe("  - at: 30s");
    expect(out.endsWith("\n")).toBe(true);
  });

  it("writes the Scenario alone into an empty file", () => {
    const { out, actions, edit } = run("");
    expect(actions).toEqual([DELETE]);
    expect(out).toBe("apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  actions:\n  - at: 30s\n    delete:\n      pod: web\n");
    expect(edit.line).toBe(5);
  });

  it("adds spec to a Scenario without one, before the next document", () => {
    const text = `apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nmetadata:\n  name: lesson\n---\n${POD}`;
    const { out, actions, lines, edit } = run(text);
    expect(actions).toEqual([DELETE]);
    expect(out).toContain("  name: lesson\nspec:\n  actions:\n  - at: 30s\n    delete:\n      pod: web\n---\napiVersion: v1");
    expect(lines[edit.line - 1]).toBe("  - at: 30s");
  });

  it("adds actions to a spec without them, in the spec's indentation", () => {
    const text = `${POD}---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n    duration: 5m\n    node:\n        name: n1\n\n# trailing comment\n`;
    const { out, actions, lines, edit } = run(text);
    expect(actions).toEqual([DELETE]);
    expect(out).toContain("        name: n1\n    actions:\n    - at: 30s\n      delete:\n        pod: web\n\n# trailing comment\n");
    expect(lines[edit.line - 1]).toBe("    - at: 30s");
  });

  it("turns an empty spec into a block", () => {
    for (const spec of ["spec:", "spec: {}", "spec: null  # nothing yet"]) {
      const { actions, out } = run(`apiVersion: podplay.dev/v1alpha1\nkind: Scenario\n${spec}\n`);
      expect(actions).toEqual([DELETE]);
      if (spec.includes("#")) expect(out).toContain("spec: # nothing yet\n  actions:\n");
    }
  });

  it("appends after the last item of a compact block list", () => {
    const text = `${POD}---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 5m
  actions:
  - at: 10s
    crash:
      pod: web
  # a comment inside the list
  - at: 20s
    http:
      pod: web
      status: 500

  featureGates: {}
`;
    const { actions, lines, edit, out } = run(text);
    expect(actions).toEqual([{ at: "10s", crash: { pod: "web" } }, { at: "20s", http: { pod: "web", status: 500 } }, DELETE]);
    expect(lines[edit.line - 1]).toBe("  - at: 30s");
    expect(lines[edit.line - 2]).toBe("      status: 500");
    expect(out).toContain("    delete:\n      pod: web\n\n  featureGates: {}\n");
  });

  it("keeps an indented list's own indentation (4 spaces, dash one level in)", () => {
    const text = `kind: Scenario
apiVersion: podplay.dev/v1alpha1
spec:
    actions:
        -   at: 10s
            crash:
                pod: web
`;
    const { actions, lines, edit } = run(text);
    expect(actions).toEqual([{ at: "10s", crash: { pod: "web" } }, DELETE]);
    expect(lines.slice(edit.line - 1, edit.line + 2)).toEqual(["        -   at: 30s", "            delete:", "              pod: web"]);
  });

  it("appends to a list with no newline at the end of the file", () => {
    const text = "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  actions:\n  - at: 10s\n    crash:\n      pod: web";
    const { out, actions, edit } = run(text);
    expect(actions).toEqual([{ at: "10s", crash: { pod: "web" } }, DELETE]);
    expect(out).toBe(text + "\n  - at: 30s\n    delete:\n      pod: web");
    expect(edit.line).toBe(8);
  });

  it("adds a Scenario to a file that does not end in a newline", () => {
    const { out, actions } = run(POD.trimEnd());
    expect(actions).toEqual([DELETE]);
    expect(out).toBe(`${POD.trimEnd()}\n---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  actions:\n  - at: 30s\n    delete:\n      pod: web`);
  });

  it("fills `actions: []` and `actions:` with a block list", () => {
    for (const a of ["actions: []", "actions:", "actions: ~ # later"]) {
      const { actions } = run(`apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 1m\n  ${a}\n`);
      expect(actions).toEqual([DELETE]);
    }
  });

  it("adds to one-line flow collections in flow style", () => {
    const list = run(`apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  actions: [{at: 10s, crash: {pod: web}}]  # one\n`);
    expect(list.actions).toEqual([{ at: "10s", crash: { pod: "web" } }, DELETE]);
    expect(list.out).toContain("# one");
    const spec = run(`apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec: {duration: 1m}\n`);
    expect(spec.actions).toEqual([DELETE]);
  });

  it("follows the file's indentation style for new lists", () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n    name: web\nspec:\n    containers:\n        - name: app\n          image: nginx\n`;
    const { out, actions } = run(text);
    expect(actions).toEqual([DELETE]);
    expect(out).toContain("spec:\n    actions:\n        - at: 30s\n          delete:\n            pod: web\n");
  });

  it("works on text that does not parse elsewhere, and keeps CRLF lines' content", () => {
    const text = `apiVersion: v1\nkind: Pod\nspec: [unclosed\n---\nkind: Scenario\napiVersion: podplay.dev/v1alpha1\nspec:\n  duration: 1m\n`;
    const edit = computeAppendAction(text, ACTION);
    expect(apply(text, edit)).toContain("  duration: 1m\n  actions:\n  - at: 30s\n");
    const crlf = "kind: Scenario\r\napiVersion: podplay.dev/v1alpha1\r\nspec:\r\n  duration: 1m\r\n";
    expect(computeAppendAction(crlf, ACTION).range).toEqual({ startLineNumber: 4, startColumn: 15, endLineNumber: 4, endColumn: 15 });
  });

  it("accepts the action indented or with a trailing newline, and keeps blank lines inside it", () => {
    const { actions } = run("kind: Scenario\napiVersion: podplay.dev/v1alpha1\n", "    at: 1m\n    apply:\n\n    - apiVersion: v1\n      kind: Namespace\n      metadata:\n        name: x\n");
    expect(actions).toEqual([{ at: "1m", apply: [{ apiVersion: "v1", kind: "Namespace", metadata: { name: "x" } }] }]);
  });
});
