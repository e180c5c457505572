/**
 * `kubectl describe pod`, ported from describePod in
 * staging/src/k8s.io/kubectl/pkg/describe/describe.go (kubectl v1.34).
 *
 * Fields are printed only when the object has them, exactly like kubectl: a Pod that did not
 * go through API-server admission (no spec.priority, serviceAccountName, default tolerations,
 * kube-api-access volume) will lack those lines, as it would in a real cluster.
 */
import type { Container, Pod, ResourceRequirements } from "../api/types";
import { DEFAULT_EPOCH_MS, type SimEvent } from "../api/events";
import { describeContainers, describeResources } from "./describeContainers";
import { describeEvents, eventsForPod } from "./describeEvents";
import {
  describeTopologySpreadConstraints,
  printAnnotationsMultiline,
  printLabelsMultiline,
  printTolerationsMultiline,
} from "./describeMultiline";
import { describeVolumes } from "./describeVolumes";
import { foldEvents } from "./foldEvents";
import { LEVEL_0, LEVEL_1, PrefixWriter } from "./prefixWriter";
import { podQOSClass } from "./quantity";
import { rfc1123zOf, simMs, translateTimestampSince } from "./time";

export function describePod(pod: Pod, events: SimEvent[], now: number, epochMs: number = DEFAULT_EPOCH_MS): string {
  const nowMs = simMs(now, epochMs);
  const w = new PrefixWriter();
  const meta = pod.metadata ?? {};
  const spec = pod.spec;
  const status = pod.status ?? {};

  w.write(LEVEL_0, `Name:\t${meta.name ?? ""}\n`);
  w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ""}\n`);
  if (spec?.priority !== undefined && spec.priority !== null) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
  if (spec?.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec?.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec?.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
  if (!spec?.nodeName) w.write(LEVEL_0, "Node:\t<none>\n");
  else w.write(LEVEL_0, `Node:\t${spec.nodeName}/${status.hostIP ?? ""}\n`);
  if (status.startTime) w.write(LEVEL_0, `Start Time:\t${rfc1123zOf(status.startTime)}\n`);
  printLabelsMultiline(w, "Labels", meta.labels);
  printAnnotationsMultiline(w, "Annotations", meta.annotations);
  if (meta.deletionTimestamp && status.phase !== "Failed" && status.phase !== "Succeeded") {
    // deletionTimestamp lies in the future during the grace period, so this reads
    // "Terminating (lasts <invalid>)" on real clusters too.
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(meta.deletionTimestamp, nowMs)})\n`);
    const grace = meta.deletionGracePeriodSeconds ?? spec?.terminationGracePeriodSeconds ?? 30;
    w.write(LEVEL_0, `Termination Grace Period:\t${grace}s\n`);
  } else {
    w.write(LEVEL_0, `Status:\t${status.phase ?? ""}\n`);
  }
  if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`);
  const seccomp = spec?.securityContext?.seccompProfile;
  if (seccomp) {
    w.write(LEVEL_0, `SeccompProfile:\t${seccomp.type}\n`);
    if (seccomp.type === "Localhost") w.write(LEVEL_0, `LocalhostProfile:\t${seccomp.localhostProfile ?? ""}\n`);
  }
  w.write(LEVEL_0, `IP:\t${status.podIP ?? ""}\n`);
  describePodIPs(pod, w);
  const controller = (meta.ownerReferences ?? []).find((r) => r.controller === true);
  if (controller) w.write(LEVEL_0, `Controlled By:\t${controller.kind}/${controller.name}\n`);
  if (status.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
  // Pod-level resources (v1.32+) are newer than the kubernetes-types shapes used here.
  const podResources = (spec as { resources?: ResourceRequirements } | undefined)?.resources;
  if (podResources) {
    w.write(LEVEL_0, "Resources:\n");
    describeResources(podResources, w, LEVEL_1);
  }

  if ((spec?.initContainers ?? []).length > 0) {
    describeContainers("Init Containers", spec?.initContainers ?? [], status.initContainerStatuses ?? [], pod, w);
  }
  describeContainers("Containers", spec?.containers ?? [], status.containerStatuses ?? [], pod, w);
  const ephemeral = spec?.ephemeralContainers ?? [];
  if (ephemeral.length > 0) {
    describeContainers("Ephemeral Containers", ephemeral as Container[], status.ephemeralContainerStatuses ?? [], pod, w);
  }

  const gates = spec?.readinessGates ?? [];
  if (gates.length > 0) {
    w.write(LEVEL_0, "Readiness Gates:\n  Type\tStatus\n");
    for (const g of gates) {
      const c = status.conditions?.find((x) => x.type === g.conditionType);
      w.write(LEVEL_1, `${g.conditionType} \t${c ? c.status : "<none>"} \n`);
    }
  }
  const conditions = status.conditions ?? [];
  if (conditions.length > 0) {
    w.write(LEVEL_0, "Conditions:\n  Type\tStatus\n");
    for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(pod, w);
  w.write(LEVEL_0, `QoS Class:\t${podQOSClass(pod)}\n`);
  printLabelsMultiline(w, "Node-Selectors", spec?.nodeSelector);
  printTolerationsMultiline(w, "Tolerations", pod);
  describeTopologySpreadConstraints(pod, w);
  describeEvents(eventsForPod(foldEvents(events, now, epochMs), pod), w, nowMs);
  return w.finish();
}

function describePodIPs(pod: Pod, w: PrefixWriter): void {
  const ips = pod.status?.podIPs ?? [];
  if (ips.length === 0) {
    w.write(LEVEL_0, "IPs:\t<none>\n");
    return;
  }
  w.write(LEVEL_0, "IPs:\n");
  for (const ip of ips) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
}
