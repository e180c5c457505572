import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { kubectlApply, type LaterApply } from "./kubectlApply";

const note = (later: LaterApply[]) => later.map((l) => `at ${l.at}: ${l.objects.join(", ")}`);
const example = (name: string) => readFileSync(new URL(`../../../examples/${name}`, import.meta.url), "utf8");

describe("copy as kubectl apply", () => {
  it("drops the Scenario document and keeps the manifests as written", () => {
    const text = "# a pod\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web   # the name\n---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 2m\n";
    const r = kubectlApply(text, note);
    expect(r.command).toBe("kubectl apply -f - <<'EOF'\n# a pod\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web   # the name\nEOF\n");
    expect(r.documents).toBe(1);
  });

  it("keeps several manifests in order, separated by ---", () => {
    const r = kubectlApply(example("two-nodes-descheduler.yaml"), note);
    expect(r.command).not.toContain("podplay.dev");
    expect(r.command.match(/^kind: Deployment$/gm)).toHaveLength(2);
    expect(r.command.startsWith("kubectl apply -f - <<'EOF'\n# Two Deployments")).toBe(true);
    expect(r.command.trimEnd().endsWith("EOF")).toBe(true);
  });

  it("mentions objects the Scenario applies later in a trailing comment", () => {
    const r = kubectlApply(example("init-containers-services.yaml"), note);
    expect(r.later).toEqual([{ at: "60s", objects: ["Service/myservice", "Service/mydb"] }]);
    expect(r.command.trimEnd().split("\n").pop()).toBe("# at 60s: Service/myservice, Service/mydb");
    expect(r.command).not.toContain("kind: Scenario");
  });

  it("leaves a document that does not parse for kubectl to report", () => {
    const r = kubectlApply("apiVersion: v1\nkind: Pod\nmetadata: [\n", note);
    expect(r.documents).toBe(1);
    expect(r.command).toContain("metadata: [");
  });

  it("skips blank and comment-only documents and reports when nothing is left", () => {
    const r = kubectlApply("---\n# only a comment\n---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\n", note);
    expect(r.documents).toBe(0);
    expect(r.command).toBe("kubectl apply -f - <<'EOF'\nEOF\n");
  });

  it("picks a heredoc word that no manifest line equals", () => {
    const r = kubectlApply("apiVersion: v1\nkind: ConfigMap\ndata:\n  x: |\n    EOF\n    more\n", note);
    // "    EOF" is indented, so it does not end the heredoc; a bare EOF line would.
    expect(r.command.startsWith("kubectl apply -f - <<'EOF'\n")).toBe(true);
    const bare = kubectlApply("apiVersion: v1\nkind: ConfigMap\ndata:\n  x: |\nEOF\n", note);
    expect(bare.command.startsWith("kubectl apply -f - <<'EOF_1'\n")).toBe(true);
  });

  it("normalises CRLF line ends so the heredoc works in a POSIX shell", () => {
    const r = kubectlApply("apiVersion: v1\r\nkind: Pod\r\n", note);
    expect(r.command).not.toContain("\r");
  });
});
