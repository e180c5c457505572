import yaml from "../scenarios/limitrange-typo.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: LimitRange
metadata:
  name: demo-limitrange
spec:
  limits:
  - default: {cpu: 500m, memory: 256Mi}
    defaultRequest: {cpu: 200m, memory: 128Mi}
    type: Container
---
apiVersion: v1
kind: Pod
metadata:
  name: late
spec:
  containers:
  - name: app
    image: polinux/stress
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "300M", "--vm-hang", "1"]
    resources:
      limits: {memory: 512Mi}
`,
  at: 40,
  check: { kind: "row", pod: "late" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: LimitRange
metadata:
  name: demo-limitrange
spec:
  limits:
  - default:
      cpu: "500m"
      memory: "256Mi"
    defaultRequest:
      cpu: "200m"
      memoty: "128Mi"
    type: Container
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: nginx:1.27
`,
  check: {
    kind: "fix",
    patches: [
      { find: 'memoty: "128Mi"', replace: 'memory: "128Mi"' },
      { find: 'memoty: "128Mi"', replace: 'Memory: "128Mi"' },
      { find: '      memoty: "128Mi"\n', replace: "" },
    ],
    goal: [{ kind: "admitted", objectKind: "Pod", name: "app", fields: { "spec.containers.0.resources.requests.memory": "128Mi" } }],
  },
} satisfies QuestionSetup;

/** The study notes' `memoty`: a resource name, not a field, so validation (validateContainerResourceName) refuses it, not strict decoding. */
export const limitrangeTypo: Lesson = {
  id: "limitrange-typo",
  topic: "resources",
  docs: ["limitRange", "resources"],
  yaml,
  comments: { ko: { "The study notes' LimitRange, exactly as written: \"memoty\" in defaultRequest.": "학습 노트의 LimitRange를 쓰인 그대로 옮겼습니다: defaultRequest에 \"memoty\".", "early sets no resources: it gets whatever LimitRange exists when it is created. It uses 300M of memory.": "early는 리소스를 정하지 않으므로 생성될 때 있는 LimitRange의 기본값을 받습니다. 메모리는 300M을 씁니다.", "the LimitRange again, spelt right": "철자를 바로잡은 LimitRange", "the same Pod under another name, created after the fix": "같은 파드를 다른 이름으로, 수정한 뒤에 생성" } },
  moments: [
    {
      t: 3,
      checks: [
        { kind: "rejected", message: 'LimitRange "demo-limitrange" is invalid: spec.limits[0].defaultRequest[memoty]: Invalid value: "memoty": must be a standard resource type or fully qualified', line: 13 },
        { kind: "rejected", message: 'LimitRange "demo-limitrange" is invalid: spec.limits[0].defaultRequest[memoty]: Invalid value: "memoty": must be a standard resource for containers', line: 13 },
        { kind: "admitted", objectKind: "Pod", name: "early", fields: { "spec.containers.0.resources": {} } },
        { kind: "row", pod: "early", at: 3, status: "Running", ready: "1/1" },
      ],
    },
    {
      t: 65,
      checks: [{ kind: "row", pod: "early", at: 65, status: "Running", restarts: "0" }],
    },
    {
      t: 75,
      focus: { kubectl: "describe", pod: "late" },
      checks: [
        { kind: "row", pod: "late", at: 75, status: { oneOf: ["OOMKilled", "CrashLoopBackOff"] } },
        { kind: "container", pod: "late", container: "app", at: 72.5, state: "terminated", reason: "OOMKilled", exitCode: 137 },
        { kind: "row", pod: "early", at: 75, status: "Running", restarts: "0" },
      ],
    },
  ],
  text: {
    en: {
      title: "LimitRange: the study notes' memoty",
      summary:
        "The LimitRange of the study notes, typo included (memoty: \"128Mi\"), and a Pod early that sets no resources and uses 300M of memory. At 60 s the LimitRange is applied again, spelt right; at 70 s the same Pod is created as late.",
      watch: "The two errors on the memoty line in the editor; then early (no limit, runs) against late (256Mi limit from the LimitRange, OOMKilled).",
      moments: [
        {
          label: "The typo is refused",
          explain:
            "requests and limits are maps from a resource name to a quantity, so memoty is not an unknown field that strict field validation would catch: it is a resource name, and validation refuses it twice (must be a standard resource type or fully qualified; must be a standard resource for containers). The whole LimitRange is refused, so early is created without defaults: no requests, no limits, QoS BestEffort.",
          predict: {
            question: "What does kubectl apply say about memoty: \"128Mi\" in a LimitRange?",
            choices: ["unknown field \"memoty\"", "Invalid value: \"memoty\": must be a standard resource type or fully qualified", "Nothing: that entry is ignored and the rest of the LimitRange applies"],
            answer: 1,
            whys: [
              "That is strict field validation's answer to a misspelt field name. memoty is not a field but a key of the defaultRequest map, and any key decodes fine.",
              "Keys of a resource list are resource names, checked by validation: a name without a domain prefix must be a standard one (cpu, memory, …), and memoty is not.",
              "Validation refuses the whole object; the API server never drops one entry and stores the rest.",
            ],
          },
        },
        {
          label: "Fixed, but early keeps nothing",
          explain:
            "The LimitRange applied at 60 s is spelt right and accepted. early does not change: the LimitRanger fills in defaults only when a Pod is created, never for Pods that already run.",
          predict: {
            question: "The correct LimitRange now exists. Does early get a 256Mi memory limit?",
            choices: ["Yes, at once: the LimitRange covers the whole namespace", "Yes, at its next container restart", "No: defaults are filled in only when a Pod is created"],
            answer: 2,
            whys: [
              "A LimitRange does not reach into stored Pods; its defaults are written into a Pod by admission, when the Pod is created.",
              "A restart reuses the same Pod spec; admission does not run again, so nothing is added.",
              "The LimitRanger is an admission plugin: it fills defaults into a new Pod as it is stored, and never touches Pods that already exist.",
            ],
          },
        },
        {
          label: "late gets the limit",
          explain:
            "late is the same Pod, created at 70 s: it gets requests cpu 200m, memory 128Mi and limits cpu 500m, memory 256Mi (kubectl describe). Its 300M no longer fit: OOMKilled, exit code 137, then the crash-loop back-off. early, with no limit, still runs. A typo in a LimitRange does not just lose a default: it changes how the next Pods run.",
          predict: {
            question: "late runs the same program as early and is OOMKilled. Why only late?",
            choices: ["late got the 256Mi default limit; early was created before any valid LimitRange", "Both got the limit, but early's applies only after its next restart", "late got the 128Mi default request, and a request is a hard cap"],
            answer: 0,
            whys: [
              "Same image, same command; only the defaults filled in at creation differ, and 300M does not fit under 256Mi.",
              "early has no limit at all: nothing was filled into it, and a restart does not change a Pod's resources.",
              "A request is what the scheduler reserves, not a cap; the 256Mi limit is what the kernel enforces.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "With the correct LimitRange in place, late runs the same 300M stress but sets its own limits: {memory: 512Mi}. What does kubectl get pods show for late at 40 s?",
          choices: ["1/1 Running 0", "0/1 CrashLoopBackOff 2", "0/1 OOMKilled 1", "0/1 Pending 0"],
          answer: 0,
          whys: [
            "The LimitRange fills in only what is missing: late keeps its 512Mi limit (and, by API defaulting, a 512Mi request), and 300M fits.",
            "That would need the 256Mi default to replace late's limit; a default never overrides a value the Pod sets.",
            "Only a limit below 300M kills it, and late's own 512Mi limit stays.",
            "default is not a maximum (that is max): a 512Mi limit is admitted, and the node has room for the request.",
          ],
        },
        {
          ...ask1,
          question: "kubectl apply -f refuses this LimitRange, so app starts without defaults. Which one change makes app, created right after the LimitRange, get a 128Mi memory request?",
          choices: ["memory: \"128Mi\"", "Memory: \"128Mi\"", "Delete the memoty line"],
          answer: 0,
          whys: [
            "memory is the standard name: the LimitRange is stored, and app gets requests cpu 200m, memory 128Mi.",
            "Resource names are case-sensitive: Memory is not a standard name either, and the LimitRange is refused the same way.",
            "The LimitRange is then accepted, but a missing defaultRequest is filled from default: app gets a 256Mi request, not 128Mi.",
          ],
        },
      ],
    },
    ko: {
      title: "LimitRange: 학습 노트의 memoty",
      summary:
        "학습 노트의 LimitRange를 오타까지 그대로(memoty: \"128Mi\") 두고, 리소스를 정하지 않고 메모리를 300M 쓰는 파드 early를 함께 만듭니다. 60초에 LimitRange를 바른 철자로 다시 적용하고, 70초에 같은 파드를 late라는 이름으로 만듭니다.",
      watch: "편집기에서 memoty 줄에 표시된 두 오류, 그리고 early(제한 없음, 실행됨)와 late(LimitRange에서 받은 256Mi 제한, OOMKilled)를 비교하세요.",
      moments: [
        {
          label: "오타는 거부된다",
          explain:
            "requests와 limits는 리소스 이름에서 수량으로 가는 맵이라서, memoty는 엄격한 필드 검증이 잡는 알 수 없는 필드가 아닙니다. 리소스 이름이고, 검증이 두 번 거부합니다(must be a standard resource type or fully qualified, must be a standard resource for containers). LimitRange 전체가 거부되므로 early는 기본값 없이 만들어집니다. 요청도 제한도 없는 BestEffort입니다.",
          predict: {
            question: "LimitRange의 memoty: \"128Mi\"에 kubectl apply는 무엇이라고 할까요?",
            choices: ["unknown field \"memoty\"", "Invalid value: \"memoty\": must be a standard resource type or fully qualified", "아무 말 없이 그 항목만 무시하고 나머지를 적용한다"],
            answer: 1,
            whys: [
              "그것은 필드 이름의 오타에 대한 엄격한 필드 검증의 답입니다. memoty는 필드가 아니라 defaultRequest 맵의 키이고, 어떤 키든 디코딩은 문제없이 됩니다.",
              "리소스 목록의 키는 리소스 이름이고 검증이 확인합니다. 도메인 접두사가 없는 이름은 표준 이름(cpu, memory 등)이어야 하는데 memoty는 아닙니다.",
              "검증은 오브젝트 전체를 거부합니다. API 서버는 항목 하나만 빼고 나머지를 저장하지 않습니다.",
            ],
          },
        },
        {
          label: "고쳤지만 early는 그대로",
          explain:
            "60초에 적용한 LimitRange는 철자가 맞아 받아들여집니다. early는 바뀌지 않습니다. LimitRanger는 파드가 만들어질 때만 기본값을 채우고, 이미 실행 중인 파드에는 손대지 않습니다.",
          predict: {
            question: "이제 올바른 LimitRange가 있습니다. early가 256Mi 메모리 제한을 받을까요?",
            choices: ["그렇다, 바로. LimitRange는 네임스페이스 전체에 적용된다", "그렇다, 다음 컨테이너 재시작 때", "아니다. 기본값은 파드를 만들 때만 채워진다"],
            answer: 2,
            whys: [
              "LimitRange는 이미 저장된 파드에 손대지 않습니다. 기본값은 파드가 만들어질 때 어드미션이 파드에 써 넣습니다.",
              "재시작은 같은 파드 스펙을 그대로 씁니다. 어드미션이 다시 돌지 않으므로 아무것도 더해지지 않습니다.",
              "LimitRanger는 어드미션 플러그인입니다. 새 파드가 저장될 때 기본값을 채우고, 이미 있는 파드는 건드리지 않습니다.",
            ],
          },
        },
        {
          label: "late는 제한을 받는다",
          explain:
            "late는 70초에 만든 같은 파드입니다. 요청 cpu 200m, memory 128Mi와 제한 cpu 500m, memory 256Mi를 받습니다(kubectl describe). 300M은 더 이상 들어가지 않아 OOMKilled, 종료 코드 137, 그리고 크래시 루프 백오프입니다. 제한이 없는 early는 여전히 실행됩니다. LimitRange의 오타는 기본값 하나를 잃는 데서 끝나지 않고, 다음 파드들이 도는 방식을 바꿉니다.",
          predict: {
            question: "late는 early와 같은 프로그램을 실행하는데 OOMKilled됩니다. 왜 late만일까요?",
            choices: ["late는 256Mi 기본 제한을 받았고, early는 올바른 LimitRange가 생기기 전에 만들어졌다", "둘 다 제한을 받았지만, early의 제한은 다음 재시작부터 적용된다", "late는 128Mi 기본 요청을 받았고, 요청은 넘을 수 없는 상한이다"],
            answer: 0,
            whys: [
              "이미지도 명령도 같고, 만들어질 때 채워진 기본값만 다릅니다. 300M은 256Mi 아래에 들어가지 않습니다.",
              "early에는 제한이 아예 없습니다. 아무것도 채워지지 않았고, 재시작해도 파드의 리소스는 바뀌지 않습니다.",
              "요청은 스케줄러가 잡아 두는 양이지 상한이 아닙니다. 커널이 지키게 하는 것은 256Mi 제한입니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "올바른 LimitRange가 있는 상태에서, late가 같은 300M stress를 실행하되 직접 limits: {memory: 512Mi}를 정합니다. 40초에 kubectl get pods에 late는 어떻게 보일까요?",
          choices: ["1/1 Running 0", "0/1 CrashLoopBackOff 2", "0/1 OOMKilled 1", "0/1 Pending 0"],
          answer: 0,
          whys: [
            "LimitRange는 빠진 값만 채웁니다. late는 자기 512Mi 제한을 지니고(API 기본값 설정으로 요청도 512Mi), 300M은 그 안에 들어갑니다.",
            "그러려면 256Mi 기본값이 late의 제한을 덮어써야 하는데, 기본값은 파드가 정한 값을 덮어쓰지 않습니다.",
            "300M보다 낮은 제한이어야 죽는데, late는 자기 512Mi 제한을 그대로 가집니다.",
            "default는 최댓값이 아닙니다(그것은 max입니다). 512Mi 제한은 받아들여지고, 노드에도 요청만큼의 자리가 있습니다.",
          ],
        },
        {
          ...ask1,
          question: "kubectl apply -f가 이 LimitRange를 거부해서 app은 기본값 없이 시작합니다. 무엇 하나를 바꾸면, LimitRange 바로 뒤에 만들어지는 app이 128Mi 메모리 요청을 받을까요?",
          choices: ["memory: \"128Mi\"", "Memory: \"128Mi\"", "memoty 줄을 지운다"],
          answer: 0,
          whys: [
            "memory가 표준 이름입니다. LimitRange가 저장되고, app은 요청 cpu 200m, memory 128Mi를 받습니다.",
            "리소스 이름은 대소문자를 가립니다. Memory도 표준 이름이 아니어서 LimitRange는 똑같이 거부됩니다.",
            "그러면 LimitRange는 받아들여지지만, 빠진 defaultRequest는 default에서 채워집니다. app은 128Mi가 아니라 256Mi 요청을 받습니다.",
          ],
        },
      ],
    },
  },
};
