import type { Container, Pod } from "../api/types";
import type { Instance } from "./runtime";

/** Init containers with `restartPolicy: Always` are sidecars. Models: pkg/kubelet/types IsRestartableInitContainer. */
export function isSidecar(c: Container): boolean {
  return c.restartPolicy === "Always";
}

/**
 * Whether an exited container is started again. Regular init containers use OnFailure under a
 * pod policy of Always; sidecars always restart; a container-level policy (ContainerRestartRules)
 * overrides the pod's. Models: pkg/kubelet/container/helpers.go ShouldContainerBeRestarted.
 */
export function shouldRestart(pod: Pod, c: Container, isInit: boolean, newest: Instance | undefined): boolean {
  if (pod.metadata?.deletionTimestamp) return false;
  if (!newest || newest.state === "created") return true;
  if (newest.state === "running") return false;
  const policy = effectivePolicy(pod, c, isInit);
  if (policy === "Never") return false;
  if (policy === "OnFailure") return newest.exitCode !== 0;
  return true;
}

export function effectivePolicy(pod: Pod, c: Container, isInit: boolean): "Always" | "OnFailure" | "Never" {
  if (c.restartPolicy) return c.restartPolicy as "Always" | "OnFailure" | "Never";
  const podPolicy = (pod.spec?.restartPolicy ?? "Always") as "Always" | "OnFailure" | "Never";
  if (isInit && podPolicy === "Always") return "OnFailure";
  return podPolicy;
}

export function fieldPath(isInit: boolean, name: string): string {
  // Every container event carries one, and the trace keeps them all: one string per container
  // name and kind, shared (pods of a template name their containers alike).
  const cache = isInit ? initPaths : regularPaths;
  let path = cache.get(name);
  if (path === undefined) {
    path = `${isInit ? "spec.initContainers" : "spec.containers"}{${name}}`;
    if (cache.size >= 1000) cache.clear();
    cache.set(name, path);
  }
  return path;
}

const regularPaths = new Map<string, string>();

/**
 * The Created and Started events' messages, one string per container name (as fieldPath: the
 * trace keeps every event).
 */
export function createdMessage(name: string): string {
  return sharedText(createdTexts, name, () => `Created container: ${name}`);
}
export function startedMessage(name: string): string {
  return sharedText(startedTexts, name, () => `Started container ${name}`);
}

const createdTexts = new Map<string, string>();
const startedTexts = new Map<string, string>();

function sharedText(cache: Map<string, string>, key: string, make: () => string): string {
  let text = cache.get(key);
  if (text === undefined) {
    text = make();
    if (cache.size >= 1000) cache.clear();
    cache.set(key, text);
  }
  return text;
}
const initPaths = new Map<string, string>();

export function podKey(pod: Pod): string {
  return `${pod.metadata?.name}_${pod.metadata?.namespace}(${pod.metadata?.uid})`;
}
