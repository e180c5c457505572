/**
 * The `Volumes:` block of `kubectl describe pod` (describeVolumes in describe.go) for the
 * volume types a playground Pod can carry; any other type prints `<unknown>` as kubectl does
 * for sources it does not know.
 */
import type { Pod } from "../api/types";
import type { Volume } from "kubernetes-types/core/v1";
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from "./prefixWriter";

export function describeVolumes(pod: Pod, w: PrefixWriter): void {
  const volumes = pod.spec?.volumes ?? [];
  if (volumes.length === 0) {
    w.write(LEVEL_0, "Volumes:\t<none>\n");
    return;
  }
  w.write(LEVEL_0, "Volumes:\n");
  for (const volume of volumes) {
    w.write(LEVEL_1, `${volume.name}:\n`);
    describeVolumeSource(volume, w);
  }
}

function describeVolumeSource(v: Volume, w: PrefixWriter): void {
  if (v.hostPath) {
    w.write(LEVEL_2, "Type:\tHostPath (bare host directory volume)\n");
    w.write(LEVEL_2, `Path:\t${v.hostPath.path}\n`);
    w.write(LEVEL_2, `HostPathType:\t${v.hostPath.type ?? "<none>"}\n`);
  } else if (v.emptyDir) {
    const sizeLimit = v.emptyDir.sizeLimit !== undefined && String(v.emptyDir.sizeLimit) !== "0" ? String(v.emptyDir.sizeLimit) : "<unset>";
    w.write(LEVEL_2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n");
    w.write(LEVEL_2, `Medium:\t${v.emptyDir.medium ?? ""}\n`);
    w.write(LEVEL_2, `SizeLimit:\t${sizeLimit}\n`);
  } else if (v.secret) {
    w.write(LEVEL_2, "Type:\tSecret (a volume populated by a Secret)\n");
    w.write(LEVEL_2, `SecretName:\t${v.secret.secretName ?? ""}\n`);
    w.write(LEVEL_2, `Optional:\t${v.secret.optional === true}\n`);
  } else if (v.configMap) {
    w.write(LEVEL_2, "Type:\tConfigMap (a volume populated by a ConfigMap)\n");
    w.write(LEVEL_2, `Name:\t${v.configMap.name ?? ""}\n`);
    w.write(LEVEL_2, `Optional:\t${v.configMap.optional === true}\n`);
  } else if (v.persistentVolumeClaim) {
    w.write(LEVEL_2, "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n");
    w.write(LEVEL_2, `ClaimName:\t${v.persistentVolumeClaim.claimName}\n`);
    w.write(LEVEL_2, `ReadOnly:\t${v.persistentVolumeClaim.readOnly === true}\n`);
  } else if (v.downwardAPI) {
    w.write(LEVEL_2, "Type:\tDownwardAPI (a volume populated by information about the pod)\n");
    w.write(LEVEL_2, "Items:\n");
    for (const item of v.downwardAPI.items ?? []) {
      if (item.fieldRef) w.write(LEVEL_3, `${item.fieldRef.fieldPath} -> ${item.path}\n`);
      if (item.resourceFieldRef) w.write(LEVEL_3, `${item.resourceFieldRef.resource} -> ${item.path}\n`);
    }
  } else if (v.projected) {
    w.write(LEVEL_2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
    for (const source of v.projected.sources ?? []) {
      if (source.secret) {
        w.write(LEVEL_2, `SecretName:\t${source.secret.name ?? ""}\n`);
        w.write(LEVEL_2, `Optional:\t${source.secret.optional === true}\n`);
      } else if (source.downwardAPI) {
        w.write(LEVEL_2, "DownwardAPI:\ttrue\n");
      } else if (source.configMap) {
        w.write(LEVEL_2, `ConfigMapName:\t${source.configMap.name ?? ""}\n`);
        w.write(LEVEL_2, `Optional:\t${source.configMap.optional === true}\n`);
      } else if (source.serviceAccountToken) {
        w.write(LEVEL_2, `TokenExpirationSeconds:\t${source.serviceAccountToken.expirationSeconds ?? 3600}\n`);
      }
    }
  } else {
    w.write(LEVEL_1, "<unknown>\n");
  }
}
