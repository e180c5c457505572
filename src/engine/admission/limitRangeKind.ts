import type { LimitRange } from "../api/types";
import { duplicate, forbidden, invalid, required, type FieldError } from "./fieldErrors";
import { FieldPath } from "./fieldPath";
import { goFixed6 } from "./goText";
import { isQualifiedName, nameIsDNSSubdomain } from "./names";
import { validateObjectMeta } from "./objectMeta";
import { roundResourceList } from "./podDefaults";
import { MAX_MILLI_VALUE, parseQuantity, type Quantity } from "./quantity";
import { isOvercommitAllowed, validateContainerResourceName, validateResourceName } from "./resources";
import { hasOwn, setOwn } from "../util/ownMap";

type ResourceList = Record<string, string>;
const FIELDS = ["max", "min", "default", "defaultRequest", "maxLimitRequestRatio"] as const;

/**
 * SetDefaults_LimitRangeItem (pkg/apis/core/v1/defaults.go) and the ResourceList rounding: a
 * Container item's missing default comes from max, and a missing defaultRequest from default,
 * then from min (R15c). Empty maps are not stored (omitempty).
 */
export function setLimitRangeDefaults(lr: LimitRange): void {
  for (const item of lr.spec?.limits ?? []) {
    if (item.type === "Container") {
      const def = { ...((item.default ?? {}) as ResourceList) };
      const defReq = { ...((item.defaultRequest ?? {}) as ResourceList) };
      for (const [k, v] of Object.entries((item.max ?? {}) as ResourceList)) if (!hasOwn(def, k)) setOwn(def, k, v);
      for (const [k, v] of Object.entries(def)) if (!hasOwn(defReq, k)) setOwn(defReq, k, v);
      for (const [k, v] of Object.entries((item.min ?? {}) as ResourceList)) if (!hasOwn(defReq, k)) setOwn(defReq, k, v);
      if (Object.keys(def).length) item.default = def;
      if (Object.keys(defReq).length) item.defaultRequest = defReq;
    }
    for (const f of FIELDS) roundResourceList(item[f]);
  }
}

/** ValidateLimitRange (pkg/apis/core/validation/validation.go). */
export function validateLimitRange(lr: LimitRange): FieldError[] {
  const errs = validateObjectMeta(lr.metadata ?? {}, true, nameIsDNSSubdomain, FieldPath.root("metadata"));
  const types = new Set<string>();
  (lr.spec?.limits ?? []).forEach((item, i) => {
    const p = FieldPath.root("spec", "limits").index(i);
    const type = item.type ?? "";
    errs.push(...validateTypeName(type, p.child("type")));
    if (types.has(type)) errs.push(duplicate(p.child("type"), type));
    types.add(type);
    const maps: Record<string, Map<string, Quantity>> = {};
    const keys: string[] = [];
    const collect = (f: (typeof FIELDS)[number]) => {
      maps[f] = new Map();
      for (const [k, v] of Object.entries((item[f] ?? {}) as ResourceList)) {
        errs.push(...resourceName(type, k, p.child(f).key(k)));
        if (!keys.includes(k)) keys.push(k);
        maps[f].set(k, parseQuantity(String(v)));
      }
    };
    collect("max");
    collect("min");
    if (type === "Pod") {
      maps.default = new Map();
      maps.defaultRequest = new Map();
      if (Object.keys(item.default ?? {}).length) errs.push(forbidden(p.child("default"), "may not be specified when `type` is 'Pod'"));
      if (Object.keys(item.defaultRequest ?? {}).length) errs.push(forbidden(p.child("defaultRequest"), "may not be specified when `type` is 'Pod'"));
    } else {
      collect("default");
      collect("defaultRequest");
    }
    if (type === "PersistentVolumeClaim" && !(item.min ?? {}).storage && !(item.max ?? {}).storage) {
      errs.push(required(p.child("limits"), "either minimum or maximum storage value is required, but neither was provided"));
    }
    collect("maxLimitRequestRatio");
    for (const k of keys) errs.push(...compare(k, maps, p));
  });
  return errs;
}

function validateTypeName(type: string, path: FieldPath): FieldError[] {
  const errs = isQualifiedName(type).map((msg) => invalid(path, type, msg));
  if (errs.length) return errs;
  if (!type.includes("/") && !["Pod", "Container", "PersistentVolumeClaim"].includes(type)) {
    errs.push(invalid(path, type, "must be a standard limit type or fully qualified"));
  }
  return errs;
}

function resourceName(type: string, name: string, path: FieldPath): FieldError[] {
  return type === "Pod" || type === "Container" ? validateContainerResourceName(name, path) : validateResourceName(name, path);
}

function compare(k: string, m: Record<string, Map<string, Quantity>>, p: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const min = m.min.get(k);
  const max = m.max.get(k);
  const def = m.default.get(k);
  const defReq = m.defaultRequest.get(k);
  const ratio = m.maxLimitRequestRatio.get(k);
  if (min && max && min.cmp(max) > 0) errs.push(invalid(p.child("min").key(k), min, `min value ${min} is greater than max value ${max}`));
  if (defReq && min && min.cmp(defReq) > 0) errs.push(invalid(p.child("defaultRequest").key(k), defReq, `min value ${min} is greater than default request value ${defReq}`));
  if (defReq && max && defReq.cmp(max) > 0) errs.push(invalid(p.child("defaultRequest").key(k), defReq, `default request value ${defReq} is greater than max value ${max}`));
  if (defReq && def && defReq.cmp(def) > 0) errs.push(invalid(p.child("defaultRequest").key(k), defReq, `default request value ${defReq} is greater than default limit value ${def}`));
  if (def && min && min.cmp(def) > 0) errs.push(invalid(p.child("default").key(k), min, `min value ${min} is greater than default value ${def}`));
  if (def && max && def.cmp(max) > 0) errs.push(invalid(p.child("default").key(k), max, `default value ${def} is greater than max value ${max}`));
  if (ratio && ratio.cmp(parseQuantity("1")) < 0) errs.push(invalid(p.child("maxLimitRequestRatio").key(k), ratio, `ratio ${ratio} is less than 1`));
  if (ratio && min && max) {
    let ratioValue = Number(ratio.value());
    let minValue = Number(min.value());
    let maxValue = Number(max.value());
    if (ratio.value() < MAX_MILLI_VALUE && min.value() < MAX_MILLI_VALUE && max.value() < MAX_MILLI_VALUE) {
      ratioValue = Number(ratio.milliValue()) / 1000;
      minValue = Number(min.milliValue());
      maxValue = Number(max.milliValue());
    }
    const limit = maxValue / minValue;
    if (ratioValue > limit) errs.push(invalid(p.child("maxLimitRequestRatio").key(k), ratio, `ratio ${ratio} is greater than max/min = ${goFixed6(limit)}`));
  }
  if (!isOvercommitAllowed(k) && def && defReq && def.cmp(defReq) !== 0) {
    errs.push(invalid(p.child("defaultRequest").key(k), defReq, `default value ${def} must equal to defaultRequest value ${defReq} in ${k}`));
  }
  return errs;
}
