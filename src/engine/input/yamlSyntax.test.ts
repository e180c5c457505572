import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseYamlDocuments } from "./yamlDocuments";

/** The one error parseYamlDocuments gives for `text`, as "line:column message". */
function error(text: string): string {
  const { errors } = parseYamlDocuments(text);
  expect(errors).toHaveLength(1);
  return `${errors[0].line}:${errors[0].column} ${errors[0].message}`;
}

const pod = (containerLines: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: busybox
${containerLines}`;

const NOT_CLOSED_SEQ = `opens a flow sequence that is never closed: add "]" after its last item (kubectl: did not find expected ',' or ']')`;

describe("YAML syntax errors a learner meets (issue #10)", () => {
  it("an unclosed [ is reported at the [ itself, not as deficient indentation further down", () => {
    expect(error(pod("    args: [a, b\n    ports:\n    - containerPort: 80\n"))).toBe(`9:11 this "[" ${NOT_CLOSED_SEQ}`);
    // at the end of the file, before the next document, with quoted items, nested
    expect(error("kind: Pod\nargs: [a, b\n")).toBe(`2:7 this "[" ${NOT_CLOSED_SEQ}`);
    expect(error("args: [a, b\n---\nkind: Pod\n")).toBe(`1:7 this "[" ${NOT_CLOSED_SEQ}`);
    expect(error('args: ["a", "b"\n  x: 1\n')).toBe(`1:7 this "[" ${NOT_CLOSED_SEQ}`);
    expect(error('args: [a, b\ncommand: ["sh"]\n')).toBe(`1:7 this "[" ${NOT_CLOSED_SEQ}`);
    expect(error("[a, b\n")).toBe(`1:1 this "[" ${NOT_CLOSED_SEQ}`);
  });

  it("an unclosed { is a flow mapping; the innermost unclosed collection is named", () => {
    const NOT_CLOSED_MAP = `opens a flow mapping that is never closed: add "}" after its last entry (kubectl: did not find expected ',' or '}')`;
    expect(error("metadata: {name: web\nspec: {}\n")).toBe(`1:11 this "{" ${NOT_CLOSED_MAP}`);
    expect(error("args: [a, {b: c\n")).toBe(`1:11 this "{" ${NOT_CLOSED_MAP}`);
    expect(error("args: [a, {b: c}\n")).toBe(`1:7 this "[" ${NOT_CLOSED_SEQ}`);
  });

  it("brackets inside quotes, comments and block scalars do not count", () => {
    expect(error("a: |\n  x: [\nb: [c\n")).toBe(`3:4 this "[" ${NOT_CLOSED_SEQ}`);
    expect(error("a: 'it''s ['\nb: [c  # ]\n")).toBe(`2:4 this "[" ${NOT_CLOSED_SEQ}`);
    expect(error("a: it's [x\nb: [c\n")).toBe(`2:4 this "[" ${NOT_CLOSED_SEQ}`);
  });

  it("an unclosed quote inside [ ] is named at the quote", () => {
    expect(error("args: [a, 'b\n")).toBe("1:11 this ' opens a quoted value that is never closed: add ' at its end");
  });

  it("a [ that is closed later but on a line indented too little says so", () => {
    expect(error("spec:\n  args: [a,\nb]\n")).toBe(
      '3:1 deficient indentation: this line continues the flow sequence "[" opened at line 2, column 9, so it must be indented more than that line (2 spaces)',
    );
  });

  it("`kind: Pod: x` says a plain value cannot contain \": \" and shows it quoted", () => {
    const tail = "or start a nested mapping on the next line, indented";
    expect(error("apiVersion: v1\nkind: Pod: x\nmetadata:\n  name: a\n")).toBe(
      `2:10 mapping values are not allowed here: a plain value cannot contain ": ". Quote the whole value (kind: "Pod: x"), ${tail}`,
    );
    expect(error(pod("    command: echo a: b  # say it\n"))).toBe(
      `9:20 mapping values are not allowed here: a plain value cannot contain ": ". Quote the whole value (command: "echo a: b"), ${tail}`,
    );
    expect(error("- name: a: b\n")).toContain('(name: "a: b")');
    expect(error('name: "a": b\n')).toBe(
      `1:10 mapping values are not allowed here: ": " cannot follow a quoted value. Quote the whole value (name: '"a": b'), ${tail}`,
    );
  });

  it("real indentation mistakes keep js-yaml's words", () => {
    expect(error("a: 1\n b: 2\n")).toBe("2:3 bad indentation of a mapping entry");
  });

  it("a list or mapping as a key is reported at the key, in its document", () => {
    const words = "keys in Kubernetes objects are names or strings (kubectl: invalid map key); quote the key if it is meant as text";
    expect(error("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n? [a]\n: b\n")).toBe(`5:3 a mapping key cannot be a list: ${words}`);
    expect(error("apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    [a, b]: c\n")).toBe(`5:5 a mapping key cannot be a list: ${words}`);
    const { errors } = parseYamlDocuments("kind: Pod\n---\napiVersion: v1\nkind: Pod\n{a: 1}: c\n");
    expect(errors[0]).toMatchObject({ line: 5, column: 1, document: 1, message: `a mapping key cannot be a mapping: ${words}` });
    expect(error("x: &l [a]\ny:\n  *l : c\n")).toBe(`3:3 a mapping key cannot be a list: ${words}`);
    // `? [a]: b`: the explicit key holds the mapping `[a]: b`
    expect(error("apiVersion: v1\nkind: Pod\n? [a]: b\n")).toBe(`3:3 a mapping key cannot be a mapping: ${words}`);
  });

  it("never throws, and reports one error at a real position, on broken flow text", () => {
    const piece = fc.constantFrom("[", "]", "{", "}", ",", ":", ": ", "- ", "'", '"', "#", "a", "b: ", "\n", "\n  ", "\n---\n", "|\n", "? ", "&x ", "*x ", " ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const { errors } = parseYamlDocuments(text);
        const lines = text.split("\n").length;
        for (const e of errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(lines);
          expect(e.message).not.toMatch(/\n/);
        }
      }),
      { numRuns: 2000, seed: 10 },
    );
  });
});
