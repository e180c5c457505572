/**
 * `kubectl get … -o yaml` and `-o json`: the stored objects themselves.
 *
 * Models: cli-runtime pkg/printers/json.go (json.MarshalIndent with four spaces, which escapes
 * `<`, `>` and `&`) and yaml.go (sigs.k8s.io/yaml: through JSON into go-yaml, so mapping keys come
 * out sorted, sequences are not indented under their key, and strings that would read as another
 * type are double-quoted). Several objects are wrapped in a `kind: List` as kubectl does.
 */
import { dump } from "js-yaml";

export type ObjectFormat = "yaml" | "json";

/** One object, or a `List` of them when the command named no single object. */
export function printObjects(objects: readonly unknown[], format: ObjectFormat, single: boolean): string {
  const value = single && objects.length === 1 ? objects[0] : { apiVersion: "v1", items: objects, kind: "List", metadata: { resourceVersion: "" } };
  if (format === "json") return goJson(value) + "\n";
  return dump(value, { sortKeys: true, seqNoIndent: true, lineWidth: -1, quoteStyle: "double", noRefs: true });
}

/** Go's json.MarshalIndent(v, "", "    "): HTML-significant characters escaped. */
function goJson(value: unknown): string {
  return JSON.stringify(value, null, 4)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026");
}
