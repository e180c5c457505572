import type { Lesson } from "./types";
import { pendingUnschedulable } from "./catalogue/pending-unschedulable";
import { succeededOnFailure } from "./catalogue/succeeded-onfailure";
import { failedNever } from "./catalogue/failed-never";
import { nodeLost } from "./catalogue/node-lost";
import { containerStates } from "./catalogue/container-states";
import { imagePullBackoff } from "./catalogue/image-pull-backoff";
import { alwaysExit0 } from "./catalogue/always-exit0";
import { crashLoopBackoff } from "./catalogue/crash-loop-backoff";
import { backoffReset } from "./catalogue/backoff-reset";
import { livenessExec } from "./catalogue/liveness-exec";
import { livenessHttp } from "./catalogue/liveness-http";
import { readinessTcp } from "./catalogue/readiness-tcp";
import { grpcLiveness } from "./catalogue/grpc-liveness";
import { startupProbe } from "./catalogue/startup-probe";
import { initWaitService } from "./catalogue/init-wait-service";
import { initFail } from "./catalogue/init-fail";
import { sidecarJob } from "./catalogue/sidecar-job";
import { lifecycleHooks } from "./catalogue/lifecycle-hooks";
import { containerLogs } from "./catalogue/container-logs";
import { readinessService } from "./catalogue/readiness-service";
import { limitrangeDefaults } from "./catalogue/limitrange-defaults";
import { oomkilled } from "./catalogue/oomkilled";
import { schedulerSpreading } from "./catalogue/scheduler-spreading";
import { nodeFailure } from "./catalogue/node-failure";
import { descheduler } from "./catalogue/descheduler";
import { phaseStatusConditions } from "./catalogue/phase-status-conditions";
import { runningNotReady } from "./catalogue/running-not-ready";
import { probeTimeout } from "./catalogue/probe-timeout";
import { successThreshold } from "./catalogue/success-threshold";
import { poststartHttp } from "./catalogue/poststart-http";
import { limitrangeTypo } from "./catalogue/limitrange-typo";
import { deschedulerNewNode } from "./catalogue/descheduler-new-node";

/**
 * Every lesson in teaching order: a Pod's phases and its containers' states first, then what
 * restarts them (policy, back-off, probes), what runs around them (init, sidecars, hooks), how
 * they meet Services and resources, and last the cluster (scheduling, node failure).
 */
export const LESSONS: Lesson[] = [
  pendingUnschedulable,
  succeededOnFailure,
  failedNever,
  containerStates,
  imagePullBackoff,
  alwaysExit0,
  crashLoopBackoff,
  backoffReset,
  phaseStatusConditions,
  livenessExec,
  livenessHttp,
  readinessTcp,
  runningNotReady,
  successThreshold,
  grpcLiveness,
  startupProbe,
  probeTimeout,
  initWaitService,
  initFail,
  sidecarJob,
  lifecycleHooks,
  poststartHttp,
  containerLogs,
  readinessService,
  limitrangeDefaults,
  limitrangeTypo,
  oomkilled,
  schedulerSpreading,
  nodeLost,
  nodeFailure,
  descheduler,
  deschedulerNewNode,
];

const byId = new Map(LESSONS.map((l) => [l.id, l]));

export function lessonById(id: string): Lesson | undefined {
  return byId.get(id);
}
