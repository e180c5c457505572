/**
 * `podplay check CHALLENGE [ANSWER] [--json]`: grades the goals of a Challenge (DESIGN.md,
 * challenges). The goals' verdicts are the result (stdout); why an answer cannot be graded (its
 * errors, at their lines) goes to stderr, except with --json, whose document carries them.
 */
import type { Command } from "./args";
import { inputName, kubectlFileName } from "./inputName";
import { readInput } from "./readInput";

export async function check(cmd: Extract<Command, { kind: "check" }>): Promise<number> {
  const { files, json } = cmd;
  const inputs: string[] = [];
  for (const f of files) {
    const input = await readInput(f);
    if (!input.ok) {
      process.stderr.write(`podplay: ${input.message}\n`);
      return 2;
    }
    inputs.push(input.text);
  }
  const [{ simulate }, { cliJson }, { combineAnswer }, { parseYamlDocuments }, { challengeOfText }] = await Promise.all([
    import("../src/engine/simulate"),
    import("../src/engine/output/cliJson"),
    import("../src/engine/challenge/fixed"),
    import("../src/engine/input/yamlDocuments"),
    import("../src/engine/challenge/challenge"),
  ]);
  // With an ANSWER, the manifests (and so every rejected one) are the answer's.
  const answerFile = files[files.length - 1];
  const hasChallenge = (docs: Array<{ value: unknown }>) => docs.some((d) => (d.value as { kind?: unknown } | null)?.kind === "Challenge");
  const combined = inputs.length === 2 ? combineAnswer(inputs[0], inputs[1]) : { text: inputs[0], errors: [] };
  const res = simulate(combined.text, { fileName: kubectlFileName(answerFile) });
  if (!res.challenge && !hasChallenge(parseYamlDocuments(inputs[0]).docs) && !/^kind:\s*Challenge\s*$/m.test(inputs[0])) {
    process.stderr.write(`podplay: ${inputName(files[0])} has no Challenge document (apiVersion: podplay.dev/v1alpha1, kind: Challenge) to grade\n`);
    return 2;
  }
  const fixedChanged = combined.errors.length ? combined.errors[0].message : undefined;
  const rejected = res.errors.length > 0;
  const known = res.challenge ?? challengeOfText(inputs[0], parseYamlDocuments);
  const out = cliJson(res, { notGraded: fixedChanged ? `not graded: ${fixedChanged}` : undefined, challenge: known });
  const doc = { ...out, errors: [...combined.errors.map(({ message, path, line, column, document }) => ({ message, path, line, column, document })), ...out.errors] };
  const goals = "goals" in doc ? doc.goals : [];
  const passed = !doc.errors.length && goals.length > 0 && goals.every((g) => g.passed);
  if (json) {
    process.stdout.write(JSON.stringify({ ...doc, passed }) + "\n");
    return passed ? 0 : 1;
  }
  const name = inputName(answerFile);
  const errors = [...combined.errors, ...res.errors].map((e) => `error: ${name}:${e.line}:${e.column}: ${e.message}\n`);
  if (errors.length) process.stderr.write(errors.join(""));
  const lines: string[] = [];
  if (known) lines.push(`${known.title.en}`);
  for (const g of goals) lines.push(`${g.passed ? "✓" : "✗"} ${g.text}${g.passed ? "" : `\n    ${g.detail}`}`);
  const failed = goals.filter((g) => !g.passed).length;
  lines.push(
    passed
      ? `passed: all ${goals.length} goals hold`
      : rejected || fixedChanged
        ? `failed: the answer cannot be graded as it is (${doc.errors.length} error${doc.errors.length === 1 ? "" : "s"})`
        : `failed: ${failed} of ${goals.length} goals do not hold`,
  );
  process.stdout.write(lines.join("\n") + "\n");
  return passed ? 0 : 1;
}
