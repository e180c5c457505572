/**
 * podplay's bilingual glossary: the Korean word for each Kubernetes term is the one kubernetes.io/ko
 * uses (the page is in `source`), so a Korean learner who follows a lesson's docs link meets the same
 * words. Every Korean text podplay shows (lessons, challenges, the course, UI strings, the Why panel,
 * scenario comments) is checked against it by koreanText.test.ts: an `avoid` variant there fails the
 * test and names the term to use instead.
 *
 * Where the Korean docs keep an English word (API field names, kinds, reasons such as
 * CrashLoopBackOff, kubectl columns and commands), Korean text keeps it too; koreanCheck.ts holds the
 * rule for Latin words in Korean prose.
 *
 * Lives below app/ and lessons/ (house style 20): it imports nothing, so the app, the lessons and the
 * tests can all use it.
 */
export interface GlossaryEntry {
  id: string;
  /** The English term as the English docs write it. */
  en: string;
  /** The Korean term as kubernetes.io/ko writes it. */
  ko: string;
  /** How the Korean docs introduce it, with the English in parentheses, where that is their habit. */
  koFirst?: string;
  /**
   * Off-glossary Korean variants: the check rejects these in Korean text. A string matches
   * case-insensitively anywhere; a RegExp as written.
   */
  avoid: Array<string | RegExp>;
  /** The kubernetes.io/ko page the Korean term was taken from (a path under https://kubernetes.io). */
  source: string;
  /** One line for learners, in both languages. */
  define: { en: string; ko: string };
}

const LIFECYCLE = "/ko/docs/concepts/workloads/pods/pod-lifecycle/";
const PROBES = "/ko/docs/concepts/configuration/liveness-readiness-startup-probes/";
const TAINTS = "/ko/docs/concepts/scheduling-eviction/taint-and-toleration/";
const RESOURCES = "/ko/docs/concepts/configuration/manage-resources-containers/";

/**
 * A kind's English name used as a noun in Korean prose ("Job이 완료됩니다"): the Korean docs write
 * the Korean term there (잡) and keep the English for manifests and kubectl.
 */
const kindInProse = (kind: string) => new RegExp(`(?<![\\w.:/"'-])${kind}(?=[\\uAC00-\\uD7A3]| [\\uAC00-\\uD7A3])`);

export const GLOSSARY: GlossaryEntry[] = [
  {
    id: "pod",
    en: "Pod",
    ko: "파드",
    avoid: ["포드", kindInProse("Pod")],
    source: "/ko/docs/concepts/workloads/pods/",
    define: { en: "The smallest unit Kubernetes runs: one or more containers scheduled together on one node.", ko: "쿠버네티스가 실행하는 가장 작은 단위로, 한 노드에 함께 스케줄되는 하나 이상의 컨테이너입니다." },
  },
  {
    id: "container",
    en: "container",
    ko: "컨테이너",
    avoid: ["콘테이너"],
    source: "/ko/docs/reference/glossary/?all=true#term-container",
    define: { en: "A running instance of an image: one process tree with its own filesystem.", ko: "이미지를 실행한 인스턴스로, 자기 파일시스템을 가진 프로세스 묶음입니다." },
  },
  {
    id: "node",
    en: "node",
    ko: "노드",
    avoid: [kindInProse("Node")],
    source: "/ko/docs/concepts/architecture/nodes/",
    define: { en: "A machine (virtual or physical) whose kubelet runs Pods.", ko: "kubelet이 파드를 실행하는 (가상 또는 물리) 머신입니다." },
  },
  {
    id: "controlPlane",
    en: "control plane",
    ko: "컨트롤 플레인",
    avoid: ["제어 평면", "컨트롤플레인", "콘트롤 플레인", "control plane"],
    source: "/ko/docs/reference/glossary/?all=true#term-control-plane",
    define: { en: "The API server, scheduler and controllers that decide what runs where.", ko: "무엇을 어디서 실행할지 정하는 API 서버, 스케줄러, 컨트롤러입니다." },
  },
  {
    id: "kubelet",
    en: "kubelet",
    ko: "kubelet",
    avoid: ["큐블렛", "쿠블렛", "큐블릿", "쿠블릿"],
    source: "/ko/docs/reference/glossary/?all=true#term-kubelet",
    define: { en: "The agent on each node that starts containers, runs probes and reports status.", ko: "각 노드에서 컨테이너를 시작하고 프로브를 실행하며 상태를 보고하는 에이전트입니다." },
  },
  {
    id: "scheduler",
    en: "scheduler",
    ko: "스케줄러",
    avoid: ["스케쥴"],
    source: "/ko/docs/concepts/scheduling-eviction/kube-scheduler/",
    define: { en: "The control-plane component that picks a node for each new Pod.", ko: "새 파드마다 실행할 노드를 고르는 컨트롤 플레인 구성 요소입니다." },
  },
  {
    id: "phase",
    en: "phase",
    ko: "단계",
    koFirst: "단계(phase)",
    avoid: ["페이즈", /파드 phase/, /(?<![\w.])[Pp]hase(?:가|는|를|이|의|로)/],
    source: LIFECYCLE + "#파드의-단계",
    define: { en: "The Pod's one-word summary: Pending, Running, Succeeded, Failed or Unknown.", ko: "파드를 한 단어로 요약한 값으로 Pending, Running, Succeeded, Failed, Unknown 중 하나입니다." },
  },
  {
    id: "condition",
    en: "condition",
    ko: "컨디션",
    koFirst: "컨디션(condition)",
    avoid: [/(?:파드|노드|Ready|PodScheduled|Initialized|ContainersReady) ?조건/, /condition(?:이|은|을|의|가|는)/],
    source: LIFECYCLE + "#파드의-컨디션",
    define: { en: "A named true/false fact in a Pod's or node's status, such as Ready.", ko: "파드나 노드 상태에 있는 이름 붙은 참/거짓 값으로, Ready가 그 예입니다." },
  },
  {
    id: "containerState",
    en: "container state",
    ko: "컨테이너 상태",
    avoid: ["컨테이너 스테이트"],
    source: LIFECYCLE + "#컨테이너-상태",
    define: { en: "Waiting, Running or Terminated: what the kubelet reports for each container.", ko: "Waiting, Running, Terminated 중 하나로, kubelet이 컨테이너마다 보고하는 상태입니다." },
  },
  {
    id: "restartPolicy",
    en: "restart policy",
    ko: "재시작 정책",
    avoid: ["리스타트 정책", "재시작 폴리시", "재시작정책"],
    source: LIFECYCLE + "#restart-policy",
    define: { en: "Always, OnFailure or Never: whether the kubelet restarts a container that exits.", ko: "Always, OnFailure, Never 중 하나로, 종료된 컨테이너를 kubelet이 다시 시작할지 정합니다." },
  },
  {
    id: "backoff",
    en: "back-off",
    ko: "백오프",
    avoid: ["백-오프", "백 오프", /\b(?:[Bb]ack-[Oo]ff|backoff)\b/],
    source: LIFECYCLE + "#restart-policy",
    define: { en: "The growing wait between restarts (10 s, 20 s, 40 s … up to 5 min).", ko: "재시작 사이에 점점 늘어나는 대기 시간입니다(10초, 20초, 40초 … 최대 5분)." },
  },
  {
    id: "probe",
    en: "probe",
    ko: "프로브",
    avoid: ["탐침"],
    source: LIFECYCLE + "#컨테이너-프로브-probe",
    define: { en: "A check the kubelet runs against a container: exec, httpGet, tcpSocket or grpc.", ko: "kubelet이 컨테이너에 주기적으로 하는 진단으로, exec, httpGet, tcpSocket, grpc가 있습니다." },
  },
  {
    id: "livenessProbe",
    en: "liveness probe",
    ko: "활성 프로브",
    koFirst: "활성 프로브(liveness probe)",
    avoid: [/liveness ?프로브/i, /\b[Ll]iveness\b/, "라이브니스", "생존 프로브", "활성화 프로브"],
    source: PROBES,
    define: { en: "Fails → the kubelet kills and restarts the container.", ko: "실패하면 kubelet이 컨테이너를 죽이고 다시 시작합니다." },
  },
  {
    id: "readinessProbe",
    en: "readiness probe",
    ko: "준비성 프로브",
    koFirst: "준비성 프로브(readiness probe)",
    avoid: [/readiness ?프로브/i, /\b[Rr]eadiness\b/, "레디니스", "준비 프로브"],
    source: PROBES,
    define: { en: "Fails → the Pod is not ready and leaves its Services' endpoints; nothing restarts.", ko: "실패하면 파드가 준비되지 않음이 되어 서비스 엔드포인트에서 빠집니다. 재시작은 없습니다." },
  },
  {
    id: "startupProbe",
    en: "startup probe",
    ko: "시작 프로브",
    koFirst: "시작 프로브(startup probe)",
    avoid: [/startup ?프로브/i, /\b[Ss]tartup\b/, "스타트업 프로브"],
    source: PROBES,
    define: { en: "Holds the other probes back until the app has started; failing it restarts the container.", ko: "앱이 시작될 때까지 다른 프로브를 막아 두고, 실패하면 컨테이너를 다시 시작합니다." },
  },
  {
    id: "ready",
    en: "ready / not ready",
    ko: "준비됨 / 준비되지 않음",
    avoid: ["준비 안 됨", "준비 안됨", /\bunready\b/i, /(?<![\w./-])not[- ]ready\b/i, /(?<![\w./-])ready(?:로|가|인|이|는|를|입니다|였|이었|된)/],
    source: "/ko/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
    define: { en: "Whether a Pod may get traffic: its Ready condition, shown as READY 1/1.", ko: "파드가 트래픽을 받을 수 있는지를 뜻하며, Ready 컨디션과 READY 1/1 열로 보입니다." },
  },
  {
    id: "initContainer",
    en: "init container",
    ko: "초기화 컨테이너",
    avoid: [/init ?컨테이너/i, "이닛 컨테이너", "초기 컨테이너"],
    source: "/ko/docs/concepts/workloads/pods/init-containers/",
    define: { en: "Runs to completion, one after another, before the app containers start.", ko: "앱 컨테이너가 시작되기 전에 하나씩 차례로 끝까지 실행됩니다." },
  },
  {
    id: "sidecar",
    en: "sidecar container",
    ko: "사이드카 컨테이너",
    avoid: [/sidecar ?컨테이너/i],
    source: "/ko/docs/concepts/workloads/pods/sidecar-containers/",
    define: { en: "An init container with restartPolicy: Always that keeps running beside the app.", ko: "restartPolicy: Always인 초기화 컨테이너로, 앱 옆에서 계속 실행됩니다." },
  },
  {
    id: "hook",
    en: "container lifecycle hook",
    ko: "컨테이너 라이프사이클 훅",
    avoid: ["후크", /\b[Hh]ooks?\b/, "생명 주기 훅", "생명주기 훅"],
    source: "/ko/docs/concepts/containers/container-lifecycle-hooks/",
    define: { en: "postStart runs right after a container starts; preStop right before it is stopped.", ko: "postStart는 컨테이너가 시작된 직후, preStop은 멈추기 직전에 실행됩니다." },
  },
  {
    id: "gracePeriod",
    en: "grace period",
    ko: "유예 기간",
    avoid: ["유예기간", "그레이스 기간", "그레이스 피리어드", /(?<![\w-])grace[ -]?period\b/i],
    source: LIFECYCLE + "#pod-termination",
    define: { en: "The time between SIGTERM and SIGKILL (terminationGracePeriodSeconds, 30 s by default).", ko: "SIGTERM과 SIGKILL 사이의 시간입니다(terminationGracePeriodSeconds, 기본 30초)." },
  },
  {
    id: "eviction",
    en: "eviction",
    ko: "축출",
    // "Evicted" is kept: it is the reason and the kubectl STATUS of an evicted Pod ("0/1 Evicted 0").
    avoid: ["퇴출", "추방", "이빅션", /\b(?:[Ee]viction|[Ee]vict|evicted)\b/],
    source: "/ko/docs/reference/glossary/?all=true#term-eviction",
    define: { en: "Stopping Pods on a node so they can be replaced elsewhere.", ko: "노드에 있는 파드를 중단해 다른 곳에서 대체되게 하는 일입니다." },
  },
  {
    id: "taint",
    en: "taint",
    ko: "테인트",
    koFirst: "테인트(taint)",
    avoid: ["타인트", /(?<!kubectl )\b[Tt]aints?\b(?!:)/],
    source: TAINTS,
    define: { en: "A mark on a node that repels Pods without a matching toleration.", ko: "맞는 톨러레이션이 없는 파드를 밀어내는 노드의 표시입니다." },
  },
  {
    id: "toleration",
    en: "toleration",
    ko: "톨러레이션",
    koFirst: "톨러레이션(toleration)",
    avoid: ["톨러런스", "허용 오차", /\b[Tt]olerations?\b(?!:)/],
    source: TAINTS,
    define: { en: "Lets a Pod stay on (or go to) a node with a matching taint, for tolerationSeconds at most.", ko: "맞는 테인트가 있는 노드에 파드가 (최대 tolerationSeconds 동안) 머물거나 갈 수 있게 합니다." },
  },
  {
    id: "drain",
    en: "drain / cordon",
    ko: "드레인 / cordon",
    avoid: ["코든", "코돈", "배수", /\bdrain(?:ed|ing)?\b(?!:)/],
    source: "/ko/docs/tasks/administer-cluster/safely-drain-node/",
    define: { en: "kubectl cordon marks a node unschedulable; kubectl drain also evicts its Pods.", ko: "kubectl cordon은 노드를 스케줄할 수 없게 표시하고, kubectl drain은 파드까지 축출합니다." },
  },
  {
    id: "requests",
    en: "requests / limits",
    ko: "요청 / 제한",
    avoid: ["리퀘스트", /(?:메모리|CPU|리소스) ?(?:리밋|한도|상한)/, /리밋(?! ?레인지)/],
    source: RESOURCES,
    define: { en: "Requests are what the scheduler reserves; limits are what the container may use at most.", ko: "요청은 스케줄러가 예약하는 양이고, 제한은 컨테이너가 쓸 수 있는 최대량입니다." },
  },
  {
    id: "limitRange",
    en: "LimitRange",
    ko: "LimitRange",
    avoid: ["리밋레인지", "리밋 레인지", "리미트 레인지"],
    source: "/ko/docs/concepts/policy/limit-range/",
    define: { en: "A namespace policy that fills in default requests and limits and rejects Pods outside its bounds.", ko: "네임스페이스 정책으로, 기본 요청·제한을 채우고 범위를 벗어난 파드를 거부합니다." },
  },
  {
    id: "deployment",
    en: "Deployment",
    ko: "디플로이먼트",
    avoid: ["디플로이먼츠", kindInProse("Deployment")],
    source: "/ko/docs/concepts/workloads/controllers/deployment/",
    define: { en: "Keeps a ReplicaSet of identical Pods at the wanted count and rolls out changes.", ko: "같은 파드의 레플리카셋을 원하는 수로 유지하고 변경을 점진적으로 적용합니다." },
  },
  {
    id: "replicaSet",
    en: "ReplicaSet",
    ko: "레플리카셋",
    avoid: ["레플리카 셋", "리플리카셋", "리플리카 셋", kindInProse("ReplicaSet")],
    source: "/ko/docs/concepts/workloads/controllers/replicaset/",
    define: { en: "Creates Pods until the count matches replicas.", ko: "파드 수가 replicas와 같아질 때까지 파드를 만듭니다." },
  },
  {
    id: "job",
    en: "Job",
    ko: "잡",
    avoid: [kindInProse("Job")],
    source: "/ko/docs/concepts/workloads/controllers/job/",
    define: { en: "Runs Pods until a number of them succeed.", ko: "정해진 수의 파드가 성공할 때까지 파드를 실행합니다." },
  },
  {
    id: "service",
    en: "Service",
    ko: "서비스",
    avoid: [kindInProse("Service")],
    source: "/ko/docs/concepts/services-networking/service/",
    define: { en: "A stable address in front of the ready Pods its selector matches.", ko: "셀렉터에 맞는 준비된 파드들 앞에 놓이는 고정 주소입니다." },
  },
  {
    id: "endpointSlice",
    en: "EndpointSlice",
    ko: "엔드포인트슬라이스",
    avoid: ["엔드포인트 슬라이스", kindInProse("EndpointSlice")],
    source: "/ko/docs/concepts/services-networking/endpoint-slices/",
    define: { en: "The list of a Service's backend Pods, each marked ready or not.", ko: "서비스의 백엔드 파드 목록으로, 파드마다 준비 여부가 표시됩니다." },
  },
  {
    id: "namespace",
    en: "namespace",
    ko: "네임스페이스",
    avoid: ["네임 스페이스", "이름공간", "이름 공간"],
    source: "/ko/docs/concepts/overview/working-with-objects/namespaces/",
    define: { en: "A named group of objects; names are unique within it.", ko: "오브젝트를 묶는 이름 붙은 그룹으로, 그 안에서 이름이 고유합니다." },
  },
  {
    id: "label",
    en: "label / selector",
    ko: "레이블 / 셀렉터",
    avoid: ["라벨", "선택자", "셀렉타"],
    source: "/ko/docs/concepts/overview/working-with-objects/labels/",
    define: { en: "Labels are key/value pairs on objects; a selector picks the objects whose labels match.", ko: "레이블은 오브젝트에 붙는 키/값 쌍이고, 셀렉터는 레이블이 맞는 오브젝트를 고릅니다." },
  },
  {
    id: "object",
    en: "object",
    ko: "오브젝트",
    avoid: ["객체"],
    source: "/ko/docs/concepts/overview/working-with-objects/kubernetes-objects/",
    define: { en: "A record in the API (a Pod, a Service…): what you want, and what is.", ko: "API에 저장된 기록(파드, 서비스…)으로, 원하는 상태와 현재 상태를 담습니다." },
  },
  {
    id: "event",
    en: "event",
    ko: "이벤트",
    avoid: [],
    source: "/ko/docs/reference/glossary/?all=true#term-event",
    define: { en: "A short report of something that happened to an object (Scheduled, Pulled, BackOff…).", ko: "오브젝트에 일어난 일을 짧게 알리는 보고입니다(Scheduled, Pulled, BackOff…)." },
  },
  {
    id: "descheduler",
    en: "descheduler",
    ko: "디스케줄러",
    avoid: ["디스케쥴러"],
    source: "/ko/docs/concepts/scheduling-eviction/",
    define: { en: "An add-on that evicts Pods whose placement has become poor, so the scheduler can place them again.", ko: "배치가 나빠진 파드를 축출해 스케줄러가 다시 배치하게 하는 애드온입니다." },
  },
  {
    id: "exitCode",
    en: "exit code",
    ko: "종료 코드",
    avoid: ["엑싯 코드", "종료코드", /exit ?code/i],
    source: LIFECYCLE + "#container-state-terminated",
    define: { en: "The number a container's process ends with; 0 means success.", ko: "컨테이너 프로세스가 끝날 때 남기는 숫자로, 0이 성공입니다." },
  },
  {
    id: "kubernetes",
    en: "Kubernetes",
    ko: "쿠버네티스",
    avoid: ["쿠베르네테스", "쿠버네테스", "쿠버네티즈"],
    source: "/ko/docs/home/",
    define: { en: "The system this playground simulates (v1.34).", ko: "이 플레이그라운드가 흉내 내는 시스템입니다(v1.34)." },
  },
  {
    id: "keyMoment",
    en: "key moment",
    ko: "주요 순간",
    avoid: ["중요한 순간", "핵심 순간", "키 모먼트"],
    source: "podplay",
    define: { en: "A point in a lesson where the playhead stops and the text explains what just happened.", ko: "레슨에서 재생 위치가 멈추고 방금 일어난 일을 설명하는 지점입니다." },
  },
];

/** The https://kubernetes.io address of an entry's source page (podplay's own terms have none). */
export function glossarySourceUrl(e: GlossaryEntry): string | undefined {
  return e.source.startsWith("/") ? "https://kubernetes.io" + e.source : undefined;
}
