/**
 * The Challenge document as JSON schema (draft-07) definitions for the editor, from the same check
 * specification the parser validates goals with (checkSpec.ts), so the two cannot drift.
 * scripts/gen-schema.ts writes them into src/app/editor/k8s-schema.generated.json.
 */
import { CHECK_KINDS } from "./checkSpec";

type Schema = Record<string, unknown>;

const localText = (description: string): Schema => ({
  description,
  oneOf: [{ type: "string", minLength: 1 }, { type: "object", properties: { en: { type: "string" }, ko: { type: "string" } }, additionalProperties: false }],
});

const FIELD_HELP: Record<string, string> = {
  pod: "The pod's name, or a glob such as web-*.",
  at: "Simulated seconds since apply at which the check holds.",
  until: "Up to this simulated second (default: the whole run).",
  status: "kubectl get pods STATUS, e.g. Running, CrashLoopBackOff.",
  ready: "kubectl get pods READY, e.g. 1/1.",
  restarts: "RESTARTS as a number, or {min, max}.",
  first: "A window [from, to] in which the event first happens.",
  why: "The rule the check rests on (shown to no one; for authors).",
};

/** `Challenge` and `ChallengeCheck` definitions, keyed as the schema file names them. */
export function challengeSchemaDefinitions(): Record<string, Schema> {
  const kinds = Object.keys(CHECK_KINDS);
  const check: Schema = {
    type: "object",
    description: "A check in the fidelity check language (../shared/fidelity/README.md).",
    required: ["kind"],
    properties: { kind: { type: "string", enum: kinds, description: `One of ${kinds.join(", ")}.` } },
    allOf: kinds.map((k) => {
      const spec = CHECK_KINDS[k];
      const properties: Record<string, Schema> = { kind: { const: k } };
      for (const f of [...spec.required, ...spec.optional]) properties[f] = FIELD_HELP[f] ? { description: FIELD_HELP[f] } : {};
      return { if: { properties: { kind: { const: k } }, required: ["kind"] }, then: { required: [...spec.required], properties, additionalProperties: false } };
    }),
  };
  const challenge: Schema = {
    type: "object",
    title: "Challenge",
    description: "A task graded by the simulator: goals in the fidelity check language, hints, and the parts the learner may not change.",
    required: ["apiVersion", "kind", "metadata", "spec"],
    additionalProperties: false,
    properties: {
      apiVersion: { const: "podplay.dev/v1alpha1" },
      kind: { const: "Challenge" },
      metadata: { type: "object", required: ["name"], properties: { name: { type: "string", minLength: 1 } } },
      spec: {
        type: "object",
        required: ["title", "task", "goals"],
        additionalProperties: false,
        properties: {
          title: localText("The challenge's title: a string, or {en, ko}."),
          task: localText("What the learner must do."),
          goals: {
            type: "array",
            minItems: 1,
            description: "What must hold for the challenge to pass.",
            items: { type: "object", required: ["text", "check"], additionalProperties: false, properties: { text: localText("The goal in words."), check: { $ref: "#/definitions/ChallengeCheck" } } },
          },
          hints: { type: "array", items: localText("A hint, shown one at a time.") },
          fixed: {
            type: "array",
            description: "What the learner may not change: whole objects, or some of their fields.",
            items: { type: "object", required: ["kind", "name"], additionalProperties: false, properties: { kind: { type: "string" }, name: { type: "string" }, fields: { type: "array", items: { type: "string" } } } },
          },
        },
      },
    },
  };
  return { Challenge: challenge, ChallengeCheck: check };
}
