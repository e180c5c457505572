/**
 * What the library must teach (issue #5): each required topic, the lessons that teach it and a
 * pattern their scenario or its simulated output must contain, so a lesson cannot claim a topic
 * it does not show. Also the numbers a lesson may cite without a moment at that time.
 */
export const REQUIRED_TOPICS: Record<string, { lessons: string[]; shows: RegExp }> = {
  "phase Pending": { lessons: ["pending-unschedulable", "init-wait-service"], shows: /"phase":"Pending"/ },
  "phase Running": { lessons: ["succeeded-onfailure", "always-exit0"], shows: /"phase":"Running"/ },
  "phase Succeeded": { lessons: ["succeeded-onfailure", "sidecar-job"], shows: /"phase":"Succeeded"/ },
  "phase Failed": { lessons: ["failed-never", "init-fail"], shows: /"phase":"Failed"/ },
  "phase Unknown (node lost)": { lessons: ["node-lost"], shows: /nodeDown[\s\S]*"status":"Terminating"/ },
  "container Waiting": { lessons: ["container-states", "image-pull-backoff"], shows: /"status":"(ContainerCreating|ImagePullBackOff|CrashLoopBackOff)"/ },
  "container Running": { lessons: ["container-states"], shows: /"status":"Running"/ },
  "container Terminated": { lessons: ["container-states", "failed-never"], shows: /"status":"(Error|Completed)"/ },
  "restartPolicy Always": { lessons: ["always-exit0", "crash-loop-backoff"], shows: /"status":"CrashLoopBackOff"/ },
  "restartPolicy OnFailure": { lessons: ["succeeded-onfailure", "container-states"], shows: /restartPolicy: OnFailure/ },
  "restartPolicy Never": { lessons: ["failed-never", "init-fail"], shows: /restartPolicy: Never/ },
  "crash-loop back-off": { lessons: ["crash-loop-backoff"], shows: /"reason":"BackOff"/ },
  "back-off reset after 10 min": { lessons: ["backoff-reset"], shows: /at: 700s/ },
  "liveness probe": { lessons: ["liveness-exec", "liveness-http", "grpc-liveness"], shows: /livenessProbe/ },
  "readiness probe": { lessons: ["readiness-tcp", "readiness-service"], shows: /readinessProbe/ },
  "startup probe": { lessons: ["startup-probe"], shows: /startupProbe/ },
  "probe httpGet": { lessons: ["liveness-http"], shows: /httpGet/ },
  "probe tcpSocket": { lessons: ["readiness-tcp"], shows: /tcpSocket/ },
  "probe grpc": { lessons: ["grpc-liveness"], shows: /grpc: \{port/ },
  "probe exec": { lessons: ["liveness-exec"], shows: /exec:\s+command/ },
  "probe thresholds": { lessons: ["startup-probe", "readiness-service"], shows: /(failureThreshold|successThreshold)/ },
  "init containers succeed": { lessons: ["init-wait-service"], shows: /"status":"PodInitializing"/ },
  "init container waits for a Service": { lessons: ["init-wait-service"], shows: /nslookup[\s\S]*kind: Service/ },
  "init container fails": { lessons: ["init-fail"], shows: /"status":"Init:Error"/ },
  "postStart hook": { lessons: ["lifecycle-hooks"], shows: /postStart/ },
  "preStop hook": { lessons: ["lifecycle-hooks"], shows: /preStop/ },
  "readiness takes a pod out of a Service": { lessons: ["readiness-service"], shows: /kind: Service[\s\S]*probe: readiness/ },
  "LimitRange defaults": { lessons: ["limitrange-defaults"], shows: /kind: LimitRange/ },
  "scheduler spreading": { lessons: ["scheduler-spreading"], shows: /- name: node-3/ },
  "node failure and replacement": { lessons: ["node-failure"], shows: /kind: Deployment[\s\S]*nodeDown[\s\S]*"reason":"TaintManagerEviction"/ },
  "rolling-update imbalance and the descheduler": { lessons: ["descheduler"], shows: /setImage[\s\S]*deschedule[\s\S]*"reason":"RemoveDuplicates"/ },
  sidecars: { lessons: ["sidecar-job"], shows: /initContainers:\s+- name: \w+\s+image: [^\n]+\s+restartPolicy: Always/ },
  OOMKilled: { lessons: ["oomkilled", "limitrange-defaults"], shows: /"status":"OOMKilled"/ },
};

/**
 * Durations a lesson may name because Kubernetes documents them: the crash-loop back-off steps
 * (10 s doubling to the 300 s cap) and its 10 min reset, the 30 s default grace period, the 50 s
 * node-monitor grace period and the 300 s default toleration, the 10 s default probe period.
 */
export const DOCUMENTED_SECONDS: number[] = [10, 20, 30, 40, 50, 80, 160, 300, 600];

const DURATION = /(\d+)\s*m\s*(\d+)\s*s\b|(\d+)\s*분\s*(\d+)\s*초|(\d+(?:\.\d+)?)\s*(?:s|sec|seconds?)\b|(\d+)\s*(?:min|minutes?)\b|(\d+(?:\.\d+)?)\s*초|(\d+)\s*분/g;

/** Every duration a text names, in seconds, in order ("40 s", "1m20s", "5 minutes", "40초", "10분"). */
export function secondsMentioned(text: string): number[] {
  return [...text.matchAll(DURATION)].map((m) => {
    if (m[1]) return Number(m[1]) * 60 + Number(m[2]);
    if (m[3]) return Number(m[3]) * 60 + Number(m[4]);
    if (m[5]) return Number(m[5]);
    if (m[6]) return Number(m[6]) * 60;
    if (m[7]) return Number(m[7]);
    return Number(m[8]) * 60;
  });
}
