import type { Cause } from "./types";
import { hasKeys } from "../util/shapes";

const RULE = ["rule"];
const RULE_DATA = ["rule", "data"];
const RULE_DATA_AFTER = ["rule", "data", "after"];

/**
 * `{ ...cause, after }`, as one literal for a cause's usual shapes. A spread copy of a small
 * literal that gains a key it lacked gets a hidden class of its own (V8 caches no transition for
 * it) and a property array: a ReplicaSet's 1,000 creates made 1,000 of each, kept by the trace.
 */
export function causeAfter(cause: Cause, after: number[]): Cause {
  if (hasKeys(cause, RULE_DATA) || hasKeys(cause, RULE_DATA_AFTER)) return { rule: cause.rule, data: cause.data, after };
  if (hasKeys(cause, RULE)) return { rule: cause.rule, after };
  return { ...cause, after };
}
