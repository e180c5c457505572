import type { ResourceRequirements } from "../api/types";
import { forbidden, invalid, notSupported, required, type FieldError } from "./fieldErrors";
import type { FieldPath } from "./fieldPath";
import { isQualifiedName } from "./names";
import { parseQuantity, type Quantity } from "./quantity";
import { own } from "../util/ownMap";

// Resource-name helpers from pkg/apis/core/helper/helpers.go.

const STANDARD_CONTAINER = new Set(["cpu", "memory", "ephemeral-storage"]);
const STANDARD = new Set([
  "cpu",
  "memory",
  "ephemeral-storage",
  "requests.cpu",
  "requests.memory",
  "requests.ephemeral-storage",
  "limits.cpu",
  "limits.memory",
  "limits.ephemeral-storage",
  "pods",
  "services",
  "replicationcontrollers",
  "resourcequotas",
  "secrets",
  "persistentvolumeclaims",
  "configmaps",
  "services.nodeports",
  "services.loadbalancers",
  "requests.storage",
  "storage",
]);
const INTEGER = new Set([
  "pods",
  "services",
  "replicationcontrollers",
  "resourcequotas",
  "secrets",
  "configmaps",
  "persistentvolumeclaims",
  "services.nodeports",
  "services.loadbalancers",
]);

export const isHugePageResourceName = (name: string): boolean => name.startsWith("hugepages-");
export const isNativeResource = (name: string): boolean => !name.includes("/") || name.includes("kubernetes.io/");
export const isOvercommitAllowed = (name: string): boolean => isNativeResource(name) && !isHugePageResourceName(name);

export function isExtendedResourceName(name: string): boolean {
  if (isNativeResource(name) || name.startsWith("requests.")) return false;
  return isQualifiedName("requests." + name).length === 0;
}

const isStandardResourceName = (name: string): boolean => STANDARD.has(name) || isHugePageResourceName(name) || name.startsWith("requests.hugepages-");
const isIntegerResourceName = (name: string): boolean => INTEGER.has(name) || isExtendedResourceName(name);

/** validateResourceName: a qualified name that, without a prefix, must be a standard resource. */
export function validateResourceName(name: string, path: FieldPath): FieldError[] {
  const errs = isQualifiedName(name).map((msg) => invalid(path, name, msg));
  if (errs.length) return errs;
  if (!name.includes("/") && !isStandardResourceName(name)) errs.push(invalid(path, name, "must be a standard resource type or fully qualified"));
  return errs;
}

/** validateContainerResourceName: also cpu, memory, ephemeral-storage or hugepages for an unprefixed name. */
export function validateContainerResourceName(name: string, path: FieldPath): FieldError[] {
  const errs = validateResourceName(name, path);
  if (!name.includes("/")) {
    if (!STANDARD_CONTAINER.has(name) && !isHugePageResourceName(name)) errs.push(invalid(path, name, "must be a standard resource for containers"));
  } else if (!isNativeResource(name) && !isExtendedResourceName(name)) {
    errs.push(invalid(path, name, "doesn't follow extended resource name standard"));
  }
  return errs;
}

function validatePodResourceName(name: string, path: FieldPath): FieldError[] {
  const errs = validateResourceName(name, path);
  if (errs.length) return errs;
  if (name !== "cpu" && name !== "memory" && !isHugePageResourceName(name)) return [notSupported(path, name, ["cpu", "memory"])];
  return [];
}

const MAX_INT64 = (1n << 63n) - 1n;

/**
 * podplay limit (docs/limits.md): a resource amount the scheduler and the kubelet can count. They
 * add requests up as int64 (CPU in millicores, the rest in units); the API server itself accepts
 * any size (ParseQuantity caps only BinarySI values, so `1e400` is stored as written) and the sums
 * then overflow, which would read 1e400 CPUs as no request at all. podplay refuses such amounts.
 */
export function validateCountable(name: string, q: Quantity, path: FieldPath): FieldError[] {
  const milli = name === "cpu";
  // Orders of magnitude first: 1e2147483647 is a valid quantity whose value is never computed.
  const fits = q.magnitude() <= (milli ? 16 : 19) && (milli ? q.milliValue() : q.value()) <= MAX_INT64;
  if (fits || q.sign() < 0) return [];
  const detail = milli
    ? "podplay limit: must be at most 9223372036854775807m; the scheduler and the kubelet count CPU in int64 millicores, so a real cluster stores this amount but counts it wrongly"
    : "podplay limit: must be less than 8Ei; the scheduler and the kubelet count it as an int64, so a real cluster stores this amount but counts it wrongly";
  return [invalid(path, q.toString(), detail)];
}

/** ValidateResourceQuantityValue: not negative, and whole for integer resources; plus podplay's countable limit. */
export function validateResourceQuantityValue(name: string, q: Quantity, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (q.sign() < 0) errs.push(invalid(path, q.toString(), "must be greater than or equal to 0"));
  errs.push(...validateCountable(name, q, path));
  if (isIntegerResourceName(name) && q.milliValue() % 1000n !== 0n) errs.push(invalid(path, q, "must be an integer"));
  return errs;
}

export function validateContainerResourceRequirements(r: ResourceRequirements | undefined, path: FieldPath): FieldError[] {
  return validateResourceRequirements(r, validateContainerResourceName, path);
}

export function validatePodResourceRequirements(r: ResourceRequirements | undefined, path: FieldPath): FieldError[] {
  return validateResourceRequirements(r, validatePodResourceName, path);
}

/**
 * validateResourceRequirements (pkg/apis/core/validation): names, values, request ≤ limit (equal
 * for resources that cannot be overcommitted), and hugepages only together with cpu or memory.
 */
function validateResourceRequirements(r: ResourceRequirements | undefined, nameFn: (n: string, p: FieldPath) => FieldError[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const limPath = path.child("limits");
  const reqPath = path.child("requests");
  const limits = r?.limits ?? {};
  const requests = r?.requests ?? {};
  let cpuOrMemory = false;
  let hugePages = false;
  for (const [name, text] of Object.entries(limits)) {
    const p = limPath.key(name);
    errs.push(...nameFn(name, p));
    const q = parseQuantity(String(text));
    errs.push(...validateResourceQuantityValue(name, q, p));
    if (isHugePageResourceName(name)) hugePages = true;
    if (name === "cpu" || name === "memory") cpuOrMemory = true;
  }
  for (const [name, text] of Object.entries(requests)) {
    const p = reqPath.key(name);
    errs.push(...nameFn(name, p));
    const q = parseQuantity(String(text));
    errs.push(...validateResourceQuantityValue(name, q, p));
    const limitText = own(limits, name);
    if (limitText !== undefined) {
      const limit = parseQuantity(String(limitText));
      if (q.cmp(limit) !== 0 && !isOvercommitAllowed(name)) {
        errs.push(invalid(reqPath, q.toString(), `must be equal to ${name} limit of ${limit.toString()}`));
      } else if (q.cmp(limit) > 0) {
        errs.push(invalid(reqPath, q.toString(), `must be less than or equal to ${name} limit of ${limit.toString()}`));
      }
    } else if (!isOvercommitAllowed(name)) {
      errs.push(required(limPath, "Limit must be set for non overcommitable resources"));
    }
    if (isHugePageResourceName(name)) hugePages = true;
    if (name === "cpu" || name === "memory") cpuOrMemory = true;
  }
  if (!cpuOrMemory && hugePages) errs.push(forbidden(path, "HugePages require cpu or memory"));
  return errs;
}
