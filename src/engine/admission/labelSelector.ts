import type { LabelSelector, LabelSelectorRequirement } from "kubernetes-types/meta/v1";
import { forbidden, invalid, required, type FieldError } from "./fieldErrors";
import type { FieldPath } from "./fieldPath";
import { goQuote } from "./goText";
import { isQualifiedName, isValidLabelValue } from "./names";
import { validateLabels } from "./objectMeta";

/**
 * ValidateLabelSelector with AllowInvalidLabelValueInSelector off
 * (apimachinery/pkg/apis/meta/v1/validation/validation.go), as the apps validation calls it.
 */
export function validateLabelSelector(sel: LabelSelector | undefined, path: FieldPath): FieldError[] {
  if (!sel) return [];
  const errs = validateLabels(sel.matchLabels, path.child("matchLabels"));
  (sel.matchExpressions ?? []).forEach((expr, i) => errs.push(...validateRequirement(expr, path.child("matchExpressions").index(i))));
  return errs;
}

function validateRequirement(sr: LabelSelectorRequirement, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const values = sr.values ?? [];
  switch (sr.operator) {
    case "In":
    case "NotIn":
      if (values.length === 0) errs.push(required(path.child("values"), "must be specified when `operator` is 'In' or 'NotIn'"));
      break;
    case "Exists":
    case "DoesNotExist":
      if (values.length > 0) errs.push(forbidden(path.child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      break;
    default:
      errs.push(invalid(path.child("operator"), sr.operator ?? "", "not a valid selector operator"));
  }
  for (const msg of isQualifiedName(sr.key ?? "")) errs.push(invalid(path.child("key"), sr.key ?? "", msg));
  values.forEach((v, i) => {
    for (const msg of isValidLabelValue(v)) errs.push(invalid(path.child("values").index(i), v, msg));
  });
  return errs;
}

/** A labels.Selector: what metav1.LabelSelectorAsSelector makes of a LabelSelector. */
export interface Selector {
  /** labels.Everything(): an empty selector matches every set of labels. */
  empty: boolean;
  matches(labels: Readonly<Record<string, string>> | undefined): boolean;
}

/**
 * metav1.LabelSelectorAsSelector: nil is labels.Nothing() (matches nothing, not empty), no terms is
 * labels.Everything(), and a term labels.NewRequirement refuses (bad key or value, unknown operator,
 * In/NotIn without values, Exists/DoesNotExist with values) is an error, returned as undefined.
 */
export function labelSelectorAsSelector(sel: LabelSelector | undefined): Selector | undefined {
  if (!sel) return { empty: false, matches: () => false };
  const matchLabels = Object.entries(sel.matchLabels ?? {});
  const exprs = sel.matchExpressions ?? [];
  if (matchLabels.length + exprs.length === 0) return { empty: true, matches: () => true };
  for (const [k, v] of matchLabels) if (isQualifiedName(k).length || isValidLabelValue(v).length) return undefined;
  for (const e of exprs) {
    const values = e.values ?? [];
    if (isQualifiedName(e.key ?? "").length || values.some((v) => isValidLabelValue(v).length)) return undefined;
    if ((e.operator === "In" || e.operator === "NotIn") && values.length === 0) return undefined;
    if ((e.operator === "Exists" || e.operator === "DoesNotExist") && values.length > 0) return undefined;
    if (!["In", "NotIn", "Exists", "DoesNotExist"].includes(e.operator)) return undefined;
  }
  return {
    empty: false,
    matches: (labels = {}) => {
      const has = (k: string) => Object.prototype.hasOwnProperty.call(labels, k);
      if (!matchLabels.every(([k, v]) => has(k) && labels[k] === v)) return false;
      return exprs.every((e) => {
        const values = e.values ?? [];
        switch (e.operator) {
          case "In":
            return has(e.key) && values.includes(labels[e.key]);
          case "NotIn":
            return !has(e.key) || !values.includes(labels[e.key]);
          case "Exists":
            return has(e.key);
          default:
            return !has(e.key);
        }
      });
    },
  };
}

/** fmt's %#v of a map[string]string: keys sorted, `map[string]string(nil)` for a nil map. */
export function goStringMap(m: Readonly<Record<string, string>> | undefined): string {
  if (!m) return "map[string]string(nil)";
  const keys = Object.keys(m).sort();
  return `map[string]string{${keys.map((k) => `${goQuote(k)}:${goQuote(m[k])}`).join(", ")}}`;
}

function goStringSlice(s: readonly string[] | undefined): string {
  return s ? `[]string{${s.map(goQuote).join(", ")}}` : "[]string(nil)";
}

/** fmt's %#v of a metav1.LabelSelector, as field errors print a selector (its String has a pointer receiver). */
export function goLabelSelector(sel: LabelSelector): string {
  const exprs = sel.matchExpressions
    ? `[]v1.LabelSelectorRequirement{${sel.matchExpressions
        .map((e) => `v1.LabelSelectorRequirement{Key:${goQuote(e.key ?? "")}, Operator:${goQuote(e.operator ?? "")}, Values:${goStringSlice(e.values)}}`)
        .join(", ")}}`
    : "[]v1.LabelSelectorRequirement(nil)";
  return `v1.LabelSelector{MatchLabels:${goStringMap(sel.matchLabels)}, MatchExpressions:${exprs}}`;
}
