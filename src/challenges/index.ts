import type { BuiltInChallenge } from "./types";
import { batchCompletes } from "./catalogue/batch-completes";
import { smokeTestFails } from "./catalogue/smoke-test-fails";
import { retryOnFailure } from "./catalogue/retry-on-failure";
import { crashloopArgs } from "./catalogue/crashloop-args";
import { imageTypo } from "./catalogue/image-typo";
import { reportWaits } from "./catalogue/report-waits";
import { livenessInitialDelay } from "./catalogue/liveness-initial-delay";
import { livenessTimeout } from "./catalogue/liveness-timeout";
import { livenessHiccup } from "./catalogue/liveness-hiccup";
import { readinessFlap } from "./catalogue/readiness-flap";
import { execReadiness } from "./catalogue/exec-readiness";
import { tcpReadiness } from "./catalogue/tcp-readiness";
import { grpcLiveness } from "./catalogue/grpc-liveness";
import { slowStart } from "./catalogue/slow-start";
import { startupHttp } from "./catalogue/startup-http";
import { serviceSelector } from "./catalogue/service-selector";
import { initOrder } from "./catalogue/init-order";
import { initFail } from "./catalogue/init-fail";
import { initRetry } from "./catalogue/init-retry";
import { poststartRace } from "./catalogue/poststart-race";
import { prestopDrain } from "./catalogue/prestop-drain";
import { gracePeriod } from "./catalogue/grace-period";
import { limitrangeMemory } from "./catalogue/limitrange-memory";
import { limitrangeOrder } from "./catalogue/limitrange-order";
import { requestsTooBig } from "./catalogue/requests-too-big";
import { zoneSpread } from "./catalogue/zone-spread";
import { nodeFailureReplicas } from "./catalogue/node-failure-replicas";
import { nodeFailureTolerations } from "./catalogue/node-failure-tolerations";
import { deschedulerPdb } from "./catalogue/descheduler-pdb";

/** The built-in challenges in course order (phases and restarts first, the cluster last). */
export const CHALLENGES: BuiltInChallenge[] = [
  batchCompletes,
  smokeTestFails,
  retryOnFailure,
  crashloopArgs,
  imageTypo,
  reportWaits,
  livenessInitialDelay,
  livenessTimeout,
  livenessHiccup,
  readinessFlap,
  execReadiness,
  tcpReadiness,
  grpcLiveness,
  slowStart,
  startupHttp,
  serviceSelector,
  initOrder,
  initFail,
  initRetry,
  poststartRace,
  prestopDrain,
  gracePeriod,
  limitrangeMemory,
  limitrangeOrder,
  requestsTooBig,
  zoneSpread,
  nodeFailureReplicas,
  nodeFailureTolerations,
  deschedulerPdb,
];

const byId = new Map(CHALLENGES.map((c) => [c.id, c]));

export function challengeById(id: string): BuiltInChallenge | undefined {
  return byId.get(id);
}
