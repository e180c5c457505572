/**
 * The course: lessons and challenges in the order of the study notes podplay teaches from
 * (../shared/reference/study-notes-ko.md): phases, container states, restart policy, the back-off,
 * probes, init containers, hooks, Services and resources, scheduling and nodes, the descheduler.
 * A learner sees each idea, then uses it.
 */
export type StepKind = "lesson" | "challenge";

export interface CourseStep {
  kind: StepKind;
  /** The lesson's or the challenge's id. */
  id: string;
  /** About how long it takes, in minutes. */
  minutes: number;
  /** Steps (by key, "lesson:id" or "challenge:id") worth doing first. */
  requires: string[];
}

export interface CourseSection {
  id: string;
  title: { en: string; ko: string };
  steps: CourseStep[];
}

export const stepKey = (s: Pick<CourseStep, "kind" | "id">) => `${s.kind}:${s.id}`;

const L = (id: string, minutes: number, ...requires: string[]): CourseStep => ({ kind: "lesson", id, minutes, requires });
const C = (id: string, minutes: number, ...requires: string[]): CourseStep => ({ kind: "challenge", id, minutes, requires });

export const COURSE: CourseSection[] = [
  {
    id: "phases",
    title: { en: "Pod phases", ko: "파드 단계(phase)" },
    steps: [L("pending-unschedulable", 5), L("succeeded-onfailure", 5), L("failed-never", 5), C("batch-completes", 8, "lesson:succeeded-onfailure")],
  },
  {
    id: "states",
    title: { en: "Container states", ko: "컨테이너 상태" },
    steps: [L("container-states", 6), L("image-pull-backoff", 5, "lesson:container-states"), C("image-typo", 6, "lesson:image-pull-backoff")],
  },
  {
    id: "restartPolicy",
    title: { en: "Restart policy", ko: "재시작 정책" },
    steps: [L("always-exit0", 5, "lesson:container-states"), C("smoke-test-fails", 8, "lesson:failed-never"), C("retry-on-failure", 8, "lesson:succeeded-onfailure")],
  },
  {
    id: "backoff",
    title: { en: "The crash-loop back-off", ko: "크래시 루프 백오프" },
    steps: [L("crash-loop-backoff", 7, "lesson:always-exit0"), L("backoff-reset", 7, "lesson:crash-loop-backoff"), C("crashloop-args", 8, "lesson:crash-loop-backoff"), C("report-waits", 10, "lesson:backoff-reset"), L("phase-status-conditions", 8, "lesson:crash-loop-backoff")],
  },
  {
    id: "probes",
    title: { en: "Probes", ko: "프로브" },
    steps: [
      L("liveness-exec", 7, "lesson:crash-loop-backoff"),
      C("liveness-initial-delay", 8, "lesson:liveness-exec"),
      L("liveness-http", 6, "lesson:liveness-exec"),
      C("liveness-timeout", 8, "lesson:liveness-http"),
      C("liveness-hiccup", 10, "lesson:liveness-http"),
      L("readiness-tcp", 6, "lesson:liveness-exec"),
      C("exec-readiness", 8, "lesson:readiness-tcp"),
      C("tcp-readiness", 8, "lesson:readiness-tcp"),
      L("running-not-ready", 6, "lesson:readiness-tcp"),
      L("success-threshold", 6, "lesson:running-not-ready"),
      L("grpc-liveness", 5, "lesson:liveness-http"),
      C("grpc-liveness", 8, "lesson:grpc-liveness"),
      L("startup-probe", 7, "lesson:liveness-exec"),
      C("slow-start", 8, "lesson:startup-probe"),
      C("startup-http", 8, "lesson:startup-probe"),
      L("probe-timeout", 7, "lesson:liveness-exec"),
      C("readiness-flap", 10, "lesson:readiness-tcp"),
    ],
  },
  {
    id: "init",
    title: { en: "Init containers and sidecars", ko: "초기화 컨테이너와 사이드카" },
    steps: [L("init-wait-service", 7), L("init-fail", 6, "lesson:init-wait-service"), C("init-order", 8, "lesson:init-wait-service"), C("init-fail", 8, "lesson:init-fail"), C("init-retry", 8, "lesson:init-fail"), L("sidecar-job", 7, "lesson:init-wait-service")],
  },
  {
    id: "hooks",
    title: { en: "Hooks, grace periods and logs", ko: "훅, 유예 기간, 로그" },
    steps: [L("lifecycle-hooks", 7), C("poststart-race", 8, "lesson:lifecycle-hooks"), L("poststart-http", 6, "lesson:lifecycle-hooks"), C("prestop-drain", 10, "lesson:lifecycle-hooks"), C("grace-period", 8, "lesson:lifecycle-hooks"), L("container-logs", 6, "lesson:lifecycle-hooks")],
  },
  {
    id: "services",
    title: { en: "Readiness and Services", ko: "준비성과 서비스" },
    steps: [L("readiness-service", 7, "lesson:readiness-tcp"), C("service-selector", 8, "lesson:readiness-service")],
  },
  {
    id: "resources",
    title: { en: "Resources", ko: "리소스" },
    steps: [L("limitrange-defaults", 6), C("limitrange-memory", 8, "lesson:limitrange-defaults"), C("limitrange-order", 6, "lesson:limitrange-defaults"), L("limitrange-typo", 7, "lesson:limitrange-defaults"), L("oomkilled", 6), C("requests-too-big", 8, "lesson:pending-unschedulable")],
  },
  {
    id: "scheduling",
    title: { en: "Scheduling and nodes", ko: "스케줄링과 노드" },
    steps: [
      L("scheduler-spreading", 7, "lesson:pending-unschedulable"),
      C("zone-spread", 10, "lesson:scheduler-spreading"),
      L("node-lost", 8, "lesson:scheduler-spreading"),
      L("node-failure", 8, "lesson:node-lost"),
      C("node-failure-replicas", 10, "lesson:node-failure"),
      C("node-failure-tolerations", 10, "lesson:node-lost"),
    ],
  },
  {
    id: "descheduler",
    title: { en: "The descheduler", ko: "디스케줄러" },
    steps: [L("descheduler", 8, "lesson:scheduler-spreading"), C("descheduler-pdb", 10, "lesson:descheduler"), L("descheduler-new-node", 7, "lesson:descheduler")],
  },
];

/** Every step in course order. */
export const COURSE_STEPS: CourseStep[] = COURSE.flatMap((s) => s.steps);

/** The step after `key` in course order, if any. */
export function nextStep(key: string): CourseStep | undefined {
  const i = COURSE_STEPS.findIndex((s) => stepKey(s) === key);
  return i >= 0 ? COURSE_STEPS[i + 1] : undefined;
}

/** Where to go on: the first step not done after the last one opened, else the first not done. */
export function continueStep(done: ReadonlySet<string>, last: string | undefined): CourseStep | undefined {
  const i = last ? COURSE_STEPS.findIndex((s) => stepKey(s) === last) : -1;
  if (i >= 0 && !done.has(last!)) return COURSE_STEPS[i];
  return COURSE_STEPS.slice(i + 1).find((s) => !done.has(stepKey(s))) ?? COURSE_STEPS.find((s) => !done.has(stepKey(s)));
}
