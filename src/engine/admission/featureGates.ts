/**
 * The feature gates admission consults, with their v1.34 defaults. A scenario can override them
 * (AdmissionOptions.featureGates); a gate not listed here has no effect on admission.
 */
export const DEFAULT_FEATURE_GATES: Readonly<Record<string, boolean>> = {
  ContainerRestartRules: false, // alpha 1.34
  ContainerStopSignals: false, // alpha 1.33
  EnvFiles: false, // alpha 1.34
  HostnameOverride: false, // alpha 1.34
  ImageVolume: false, // beta 1.33, off by default
  PodLevelResources: true, // beta 1.34
};

export type FeatureGates = (gate: string) => boolean;

export function featureGates(overrides: Record<string, boolean> | undefined): FeatureGates {
  return (gate) => overrides?.[gate] ?? DEFAULT_FEATURE_GATES[gate] ?? false;
}

export interface DroppedField {
  path: (string | number)[];
  pathText: string;
  gate: string;
}

type Obj = Record<string, unknown>;

/**
 * podutil.DropDisabledPodFields, run by the pod strategy's PrepareForCreate: a field whose gate is
 * off is silently removed before validation, so the API server stores the pod without it (and a
 * volume left without a source then fails validation). With `prefix` (["spec", "template"]) it is
 * DropDisabledTemplateFields on a pod template, `pod` being the template.
 */
export function dropDisabledPodFields(pod: Obj, enabled: FeatureGates, prefix: readonly (string | number)[] = []): DroppedField[] {
  const dropped: DroppedField[] = [];
  const spec = (pod.spec ?? {}) as Obj;
  const drop = (holder: Obj, key: string, rel: (string | number)[], gate: string) => {
    if (holder[key] === undefined || enabled(gate)) return;
    delete holder[key];
    const path = [...prefix, ...rel];
    dropped.push({ path, pathText: textOf(path), gate });
  };
  drop(spec, "resources", ["spec", "resources"], "PodLevelResources");
  drop(spec, "hostnameOverride", ["spec", "hostnameOverride"], "HostnameOverride");
  ((spec.volumes ?? []) as Obj[]).forEach((v, i) => drop(v, "image", ["spec", "volumes", i, "image"], "ImageVolume"));
  for (const list of ["initContainers", "containers", "ephemeralContainers"]) {
    ((spec[list] ?? []) as Obj[]).forEach((c, i) => {
      const base = ["spec", list, i];
      drop(c, "restartPolicyRules", [...base, "restartPolicyRules"], "ContainerRestartRules");
      if (c.lifecycle) drop(c.lifecycle as Obj, "stopSignal", [...base, "lifecycle", "stopSignal"], "ContainerStopSignals");
      ((c.env ?? []) as Obj[]).forEach((e, j) => {
        if (e.valueFrom) drop(e.valueFrom as Obj, "fileKeyRef", [...base, "env", j, "valueFrom", "fileKeyRef"], "EnvFiles");
      });
    });
  }
  return dropped;
}

function textOf(path: (string | number)[]): string {
  let s = "";
  for (const seg of path) s += typeof seg === "number" ? `[${seg}]` : s ? `.${seg}` : seg;
  return s;
}
