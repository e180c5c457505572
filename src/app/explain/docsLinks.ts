import type { Locale } from "../i18n/define";

/**
 * The Kubernetes documentation page behind each topic the why panel explains. `ko` is set only
 * where kubernetes.io/ko has the page (checked against content/ko in kubernetes/website); other
 * topics link the English page from the Korean UI too. Korean pages translate their headings, so
 * an English anchor is kept only where the Korean page declares the same explicit id
 * (pod-lifecycle's {#restart-policy} and {#pod-termination}).
 */
export type DocTopic =
  | "probes"
  | "restarts"
  | "podPhase"
  | "podConditions"
  | "containerStates"
  | "initContainers"
  | "sidecars"
  | "lifecycleHooks"
  | "hookHandlers"
  | "images"
  | "imagePullBackOff"
  | "memoryLimit"
  | "resources"
  | "limitRange"
  | "scheduling"
  | "termination"
  | "deployments"
  | "nodes"
  | "jobs"
  | "services"
  | "descheduler"
  | "taints"
  | "replicasets"
  | "objects"
  | "logging"
  | "topologySpread";

interface DocPage {
  en: { path: string; title: string };
  ko?: { path: string; title: string };
}

const SITE = "https://kubernetes.io";

export const DOCS: Record<DocTopic, DocPage> = {
  services: {
    en: { path: "/docs/concepts/services-networking/endpoint-slices/", title: "EndpointSlices" },
    ko: { path: "/ko/docs/concepts/services-networking/endpoint-slices/", title: "엔드포인트슬라이스" },
  },
  descheduler: {
    en: { path: "/docs/concepts/scheduling-eviction/", title: "Scheduling, Preemption and Eviction" },
    ko: { path: "/ko/docs/concepts/scheduling-eviction/", title: "스케줄링, 선점(Preemption), 축출(Eviction)" },
  },
  jobs: {
    en: { path: "/docs/concepts/workloads/controllers/job/", title: "Jobs" },
    ko: { path: "/ko/docs/concepts/workloads/controllers/job/", title: "잡" },
  },
  nodes: {
    en: { path: "/docs/concepts/architecture/nodes/#node-status", title: "Nodes: node status" },
    ko: { path: "/ko/docs/concepts/architecture/nodes/", title: "노드" },
  },
  taints: {
    en: { path: "/docs/concepts/scheduling-eviction/taint-and-toleration/#taint-based-evictions", title: "Taints and Tolerations: taint based evictions" },
    ko: { path: "/ko/docs/concepts/scheduling-eviction/taint-and-toleration/", title: "테인트(Taints)와 톨러레이션(Tolerations)" },
  },
  deployments: {
    en: { path: "/docs/concepts/workloads/controllers/deployment/", title: "Deployments" },
    ko: { path: "/ko/docs/concepts/workloads/controllers/deployment/", title: "디플로이먼트" },
  },
  replicasets: {
    en: { path: "/docs/concepts/workloads/controllers/replicaset/", title: "ReplicaSet" },
    ko: { path: "/ko/docs/concepts/workloads/controllers/replicaset/", title: "레플리카셋" },
  },
  probes: {
    en: { path: "/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/", title: "Configure Liveness, Readiness and Startup Probes" },
    ko: { path: "/ko/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/", title: "활성(Liveness), 준비성(Readiness), 시작(Startup) 프로브 구성" },
  },
  // v1.35's docs moved the restart policy and back-off out of Pod Lifecycle into their own page;
  // the Korean Pod Lifecycle page still has the section (explicit id "restart-policy").
  restarts: {
    en: { path: "/docs/concepts/workloads/pods/container-restarts/", title: "Container Restarts" },
    ko: { path: "/ko/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy", title: "파드 라이프사이클: 컨테이너 재시작 정책" },
  },
  podPhase: {
    en: { path: "/docs/concepts/workloads/pods/pod-lifecycle/#pod-phase", title: "Pod Lifecycle: Pod phase" },
    // The Korean page's headings have no English ids: the page itself, its section named.
    ko: { path: "/ko/docs/concepts/workloads/pods/pod-lifecycle/", title: "파드 라이프사이클: 파드의 단계" },
  },
  podConditions: {
    en: { path: "/docs/concepts/workloads/pods/pod-lifecycle/#pod-conditions", title: "Pod Lifecycle: Pod conditions" },
    ko: { path: "/ko/docs/concepts/workloads/pods/pod-lifecycle/", title: "파드 라이프사이클: 파드의 컨디션" },
  },
  containerStates: {
    en: { path: "/docs/concepts/workloads/pods/pod-lifecycle/#container-states", title: "Pod Lifecycle: Container states" },
    ko: { path: "/ko/docs/concepts/workloads/pods/pod-lifecycle/", title: "파드 라이프사이클: 컨테이너 상태" },
  },
  initContainers: {
    en: { path: "/docs/concepts/workloads/pods/init-containers/", title: "Init Containers" },
    ko: { path: "/ko/docs/concepts/workloads/pods/init-containers/", title: "초기화 컨테이너" },
  },
  sidecars: {
    en: { path: "/docs/concepts/workloads/pods/sidecar-containers/", title: "Sidecar Containers" },
    ko: { path: "/ko/docs/concepts/workloads/pods/sidecar-containers/", title: "사이드카(sidecar) 컨테이너" },
  },
  lifecycleHooks: {
    en: { path: "/docs/concepts/containers/container-lifecycle-hooks/", title: "Container Lifecycle Hooks" },
    ko: { path: "/ko/docs/concepts/containers/container-lifecycle-hooks/", title: "컨테이너 라이프사이클 훅(Hook)" },
  },
  hookHandlers: {
    en: { path: "/docs/tasks/configure-pod-container/attach-handler-lifecycle-event/", title: "Attach Handlers to Container Lifecycle Events" },
    ko: { path: "/ko/docs/tasks/configure-pod-container/attach-handler-lifecycle-event/", title: "컨테이너 라이프사이클 이벤트에 핸들러 연결하기" },
  },
  images: {
    en: { path: "/docs/concepts/containers/images/#image-pull-policy", title: "Images: Image pull policy" },
    ko: { path: "/ko/docs/concepts/containers/images/", title: "이미지" },
  },
  imagePullBackOff: {
    en: { path: "/docs/concepts/containers/images/#imagepullbackoff", title: "Images: ImagePullBackOff" },
    ko: { path: "/ko/docs/concepts/containers/images/", title: "이미지" },
  },
  memoryLimit: {
    en: { path: "/docs/tasks/configure-pod-container/assign-memory-resource/#exceed-a-container-s-memory-limit", title: "Assign Memory Resources to Containers and Pods" },
    ko: { path: "/ko/docs/tasks/configure-pod-container/assign-memory-resource/", title: "컨테이너 및 파드 메모리 리소스 할당" },
  },
  resources: {
    en: { path: "/docs/concepts/configuration/manage-resources-containers/", title: "Resource Management for Pods and Containers" },
    ko: { path: "/ko/docs/concepts/configuration/manage-resources-containers/", title: "파드 및 컨테이너 리소스 관리" },
  },
  limitRange: {
    en: { path: "/docs/concepts/policy/limit-range/", title: "Limit Ranges" },
    ko: { path: "/ko/docs/concepts/policy/limit-range/", title: "리밋 레인지(Limit Range)" },
  },
  scheduling: {
    en: { path: "/docs/concepts/scheduling-eviction/kube-scheduler/", title: "Kubernetes Scheduler" },
    ko: { path: "/ko/docs/concepts/scheduling-eviction/kube-scheduler/", title: "쿠버네티스 스케줄러" },
  },
  termination: {
    en: { path: "/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination", title: "Pod Lifecycle: Termination of Pods" },
    ko: { path: "/ko/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination", title: "파드 라이프사이클: 파드의 종료" },
  },
  logging: {
    en: { path: "/docs/concepts/cluster-administration/logging/", title: "Logging Architecture" },
    ko: { path: "/ko/docs/concepts/cluster-administration/logging/", title: "로깅 아키텍처" },
  },
  topologySpread: {
    en: { path: "/docs/concepts/scheduling-eviction/topology-spread-constraints/#internal-default-constraints", title: "Pod Topology Spread Constraints: internal default constraints" },
    ko: { path: "/ko/docs/concepts/scheduling-eviction/topology-spread-constraints/", title: "파드 토폴로지 분배 제약 조건" },
  },
  objects: {
    en: { path: "/docs/concepts/overview/working-with-objects/", title: "Objects In Kubernetes" },
    ko: { path: "/ko/docs/concepts/overview/working-with-objects/kubernetes-objects/", title: "쿠버네티스 오브젝트 이해하기" },
  },
};

/** The page for a topic in the UI's language: the Korean page where one exists, else the English one. */
export function docsLink(topic: DocTopic, locale: Locale): { url: string; title: string } {
  const page = DOCS[topic];
  const p = locale === "ko" && page.ko ? page.ko : page.en;
  return { url: SITE + p.path, title: p.title };
}
