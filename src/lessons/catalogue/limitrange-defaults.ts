import yaml from "../scenarios/limitrange-defaults.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: LimitRange
metadata:
  name: mem-defaults
spec:
  limits:
  - type: Container
    default: {memory: 128Mi}
    defaultRequest: {memory: 64Mi}
---
apiVersion: v1
kind: Pod
metadata:
  name: cache
spec:
  containers:
  - name: app
    image: example.com/cache:1.0
`,
  at: 30,
  check: { kind: "row", pod: "cache", scenario: "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  images:\n  - {image: example.com/cache:1.0, present: true}\n  behaviors:\n  - image: example.com/cache:1.0\n    memory:\n      start: 40Mi\n      steps:\n      - {after: 20s, to: 200Mi}\n" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: LimitRange
metadata:
  name: mem-defaults
spec:
  limits:
  - type: Container
    default: {memory: 128Mi}
    defaultRequest: {memory: 64Mi}
---
apiVersion: v1
kind: Pod
metadata:
  name: cache
spec:
  containers:
  - name: app
    image: example.com/cache:1.0
`,
  check: { kind: "fix", scenario: "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  images:\n  - {image: example.com/cache:1.0, present: true}\n  behaviors:\n  - image: example.com/cache:1.0\n    memory:\n      start: 40Mi\n      steps:\n      - {after: 20s, to: 200Mi}\n", patches: [{ find: "    image: example.com/cache:1.0\n", replace: "    image: example.com/cache:1.0\n    resources:\n      requests: {memory: 256Mi}\n" }, { find: "    defaultRequest: {memory: 64Mi}\n", replace: "" }, { find: "    image: example.com/cache:1.0\n", replace: "    image: example.com/cache:1.0\n    resources:\n      limits: {memory: 256Mi}\n" }], goal: [{ kind: "row", pod: "cache", at: 60, status: "Running", restarts: "0" }] },
} satisfies QuestionSetup;

export const limitrangeDefaults: Lesson = {
  id: "limitrange-defaults",
  topic: "resources",
  docs: ["limitRange", "memoryLimit"],
  yaml,
  comments: { ko: { "A LimitRange gives containers without resources a 128Mi limit; this app grows past it.": "LimitRange가 resources 없는 컨테이너에 128Mi 제한을 주는데, 이 앱은 그보다 커집니다." } },
  moments: [
    {
      t: 2, focus: { kubectl: "describe", pod: "cache" },
      checks: [
        { kind: "admitted", objectKind: "Pod", name: "cache", fields: { "spec.containers.0.resources": { limits: { memory: "128Mi" }, requests: { memory: "64Mi" } } } },
        { kind: "admitted", objectKind: "Pod", name: "cache", fields: { "status.qosClass": "Burstable" } },
        { kind: "row", pod: "cache", at: 2, status: "Running", ready: "1/1" },
      ],
    },
    { t: 22, focus: { kubectl: "watch" }, checks: [{ kind: "row", pod: "cache", at: 22, status: "OOMKilled", ready: "0/1", restarts: "0", phase: "Running" }] },
    { t: 53, focus: { kubectl: "watch" }, checks: [{ kind: "row", pod: "cache", at: 43, status: "OOMKilled", restarts: "1" }, { kind: "row", pod: "cache", at: 53, status: "CrashLoopBackOff", restarts: "1" }] },
  ],
  text: {
    en: {
      title: "LimitRange defaults",
      summary: "The namespace has a LimitRange: containers without resources get a 128Mi memory limit and a 64Mi request. This Pod declares none, so admission fills them in, and the app, which grows to 200Mi, is OOM-killed.",
      watch: "The admitted Pod's resources (describe pod: Limits and Requests), then OOMKilled about 20 s after each start.",
      moments: [
        {
          label: "Defaults filled in",
          explain: "The LimitRanger admission plugin set limits.memory 128Mi and requests.memory 64Mi on the container, and noted it in the kubernetes.io/limit-ranger annotation. The manifest itself had no resources.",
          predict: {
            question: "Admission filled in limits.memory 128Mi and requests.memory 64Mi. Which QoS class does the Pod get?",
            choices: ["BestEffort, because the manifest sets no resources", "Burstable", "Guaranteed"],
            answer: 1,
            whys: [
              "QoS is computed from the stored Pod, after admission; the LimitRange gave it requests and limits.",
              "Requests (64Mi) below limits (128Mi) make it Burstable; without the LimitRange it would have been BestEffort.",
              "Guaranteed needs requests equal to limits for cpu and memory in every container; here 64Mi ≠ 128Mi, and cpu is unset.",
            ],
          },
        },
        {
          label: "OOMKilled at the default limit",
          explain: "20 s after start the app uses 200Mi, above the 128Mi limit it never asked for. The kernel kills it: Terminated, reason OOMKilled, exit 137.",
          predict: {
            question: "20 s after start the app uses 200Mi. What happens?",
            choices: ["The kernel OOM-kills it: the 128Mi default is a real limit", "Nothing: a default is only a suggestion", "The kubelet evicts the Pod for using more than its request"],
            answer: 0,
            whys: [
              "The limit the LimitRange set is enforced like one written in the manifest.",
              "Once admission has set it, the Pod carries limits.memory 128Mi like any other limit.",
              "Going above a request is allowed while the node has memory to spare; the limit is what kills here.",
            ],
          },
        },
        {
          label: "Crash loop",
          explain: "restartPolicy Always restarts it; the second OOM kill enters the 10 s back-off, CrashLoopBackOff.",
          predict: {
            question: "The container crash-loops on OOM kills. Where would you fix this?",
            choices: ["Set resources on the container (or raise the LimitRange default)", "Increase the back-off", "Edit the running Pod's limits"],
            answer: 0,
            whys: [
              "The default is only for containers that declare nothing; an explicit limit that fits the app wins.",
              "The back-off only spaces the restarts; every start still runs into the 128Mi limit.",
              "A Pod's resources are fixed by admission when it is created; change the manifest (or its controller's template) and create it again.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "The app starts at about 2 s and grows to 200Mi 20 s after each start. What does kubectl get pods show for cache at 30 s (READY STATUS RESTARTS)?",
          choices: ["1/1 Running 0", "1/1 Running 1", "0/1 OOMKilled 0", "0/1 Pending 0"],
          answer: 1,
          whys: [
            "The manifest sets no limit, but admission gave the container the LimitRange's 128Mi, and 200Mi passes it.",
            "OOM-killed at about 22 s (at the 128Mi default limit) and restarted at once; the new instance is still below 128Mi.",
            "An OOM kill is restarted under the default restartPolicy Always; the first restart is immediate.",
            "A LimitRange default does not keep a Pod from running; it only fills in resources at admission.",
          ],
        },
        {
          ...ask1,
          question: "The same namespace and app (it needs 200Mi). Which one change keeps cache running?",
          choices: ["Give the container requests.memory: 256Mi", "Remove defaultRequest from the LimitRange", "Give the container limits.memory: 256Mi"],
          answer: 2,
          whys: [
            "The LimitRange still adds its default limit, 128Mi, below the request: the API server refuses the Pod.",
            "The default limit stays 128Mi (and the request then defaults to it); the app is still OOM-killed.",
            "An explicit limit wins over the default; 200Mi fits under 256Mi. The request still comes from defaultRequest (64Mi).",
          ],
        },
      ],
    },
    ko: {
      title: "LimitRange 기본값",
      summary: "네임스페이스에 LimitRange가 있어서, resources가 없는 컨테이너는 메모리 제한 128Mi와 요청 64Mi를 받습니다. 이 파드는 아무것도 선언하지 않아 어드미션이 값을 채우고, 200Mi까지 늘어나는 앱은 OOM으로 죽습니다.",
      watch: "승인된 파드의 resources(kubectl describe pod의 Limits와 Requests)를 보고, 시작할 때마다 약 20초 뒤 나오는 OOMKilled를 보세요.",
      moments: [
        {
          label: "기본값이 채워짐",
          explain: "LimitRanger 어드미션 플러그인이 컨테이너에 limits.memory 128Mi와 requests.memory 64Mi를 넣고 kubernetes.io/limit-ranger 어노테이션에 기록했습니다. 매니페스트에는 resources가 없었습니다.",
          predict: {
            question: "어드미션이 limits.memory 128Mi와 requests.memory 64Mi를 채웠습니다. 파드의 QoS 클래스는?",
            choices: ["매니페스트에 리소스가 없으니 BestEffort", "Burstable", "Guaranteed"],
            answer: 1,
            whys: [
              "QoS는 어드미션을 거쳐 저장된 파드로 계산합니다. LimitRange가 요청과 제한을 주었습니다.",
              "요청(64Mi)이 제한(128Mi)보다 작으니 Burstable입니다. LimitRange가 없었다면 BestEffort였을 것입니다.",
              "Guaranteed는 모든 컨테이너에서 cpu와 메모리의 요청과 제한이 같아야 합니다. 여기서는 64Mi ≠ 128Mi이고 cpu도 없습니다.",
            ],
          },
        },
        {
          label: "기본 제한에서 OOMKilled",
          explain: "시작 20초 뒤 앱이 200Mi를 쓰는데, 요청한 적도 없는 128Mi 제한을 넘습니다. 커널이 프로세스를 죽이고, 컨테이너는 reason OOMKilled, exit 137로 Terminated 상태가 됩니다.",
          predict: {
            question: "시작하고 20초 뒤 앱이 200Mi를 씁니다. 어떻게 될까요?",
            choices: ["커널이 OOM으로 죽인다: 기본값 128Mi도 진짜 제한이다", "아무 일 없다: 기본값은 제안일 뿐", "요청보다 많이 써서 kubelet이 파드를 축출한다"],
            answer: 0,
            whys: [
              "LimitRange가 설정한 제한은 매니페스트에 쓴 것과 똑같이 지켜집니다.",
              "어드미션이 한번 설정하면 파드는 다른 제한과 똑같이 limits.memory 128Mi를 가집니다.",
              "노드에 메모리가 남아 있으면 요청을 넘는 것은 허용됩니다. 여기서 죽이는 것은 제한입니다.",
            ],
          },
        },
        {
          label: "크래시 루프",
          explain: "restartPolicy Always가 재시작하고, 두 번째 OOM 종료부터는 10초 백오프, 즉 CrashLoopBackOff에 들어갑니다.",
          predict: {
            question: "컨테이너가 OOM 종료로 크래시 루프에 빠졌습니다. 어디를 고칠까요?",
            choices: ["컨테이너에 리소스를 설정한다(또는 LimitRange 기본값을 올린다)", "백오프를 늘린다", "실행 중인 파드의 제한을 고친다"],
            answer: 0,
            whys: [
              "기본값은 아무것도 선언하지 않은 컨테이너에만 쓰입니다. 앱에 맞는 제한을 직접 쓰면 그것이 이깁니다.",
              "백오프는 재시작 사이를 벌릴 뿐, 시작할 때마다 128Mi 제한에 걸립니다.",
              "파드의 리소스는 만들 때 어드미션이 정합니다. 매니페스트(또는 컨트롤러의 템플릿)를 고쳐 다시 만들어야 합니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "앱은 약 2초에 시작하고, 시작할 때마다 20초 뒤 200Mi로 커집니다. 30초에 kubectl get pods에 cache는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["1/1 Running 0", "1/1 Running 1", "0/1 OOMKilled 0", "0/1 Pending 0"],
          answer: 1,
          whys: [
            "매니페스트에는 제한이 없지만 어드미션이 LimitRange의 128Mi를 주었고, 200Mi는 그것을 넘습니다.",
            "약 22초에 (기본 제한 128Mi에서) OOM으로 죽고 바로 재시작했습니다. 새 인스턴스는 아직 128Mi 아래입니다.",
            "기본 재시작 정책 Always에서는 OOM 종료도 재시작되고, 첫 재시작은 바로 일어납니다.",
            "LimitRange 기본값이 파드의 실행을 막지는 않습니다. 어드미션 때 리소스를 채울 뿐입니다.",
          ],
        },
        {
          ...ask1,
          question: "같은 네임스페이스, 같은 앱입니다(200Mi 필요). 어떤 변경 하나로 cache가 계속 실행될까요?",
          choices: ["컨테이너에 requests.memory: 256Mi", "LimitRange에서 defaultRequest 빼기", "컨테이너에 limits.memory: 256Mi"],
          answer: 2,
          whys: [
            "LimitRange는 여전히 기본 제한 128Mi를 더하는데, 요청보다 작습니다. API 서버가 파드를 거부합니다.",
            "기본 제한은 128Mi 그대로이고(요청도 그 값으로 채워짐) 앱은 여전히 OOM으로 죽습니다.",
            "직접 쓴 제한이 기본값을 이깁니다. 200Mi는 256Mi 아래에 들어갑니다. 요청은 여전히 defaultRequest(64Mi)에서 옵니다.",
          ],
        },
      ],
    },
  },
};
