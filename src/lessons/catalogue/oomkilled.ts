import yaml from "../scenarios/oomkilled.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: hog
spec:
  containers:
  - name: app
    image: polinux/stress
    resources:
      limits: {memory: 100Mi}
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"]
`,
  at: 55,
  check: { kind: "row", pod: "hog" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: hog
spec:
  containers:
  - name: app
    image: polinux/stress
    resources:
      limits: {memory: 100Mi}
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"]
`,
  check: { kind: "fix", patches: [{ find: "      limits: {memory: 100Mi}\n", replace: "      limits: {memory: 100Mi}\n      requests: {memory: 300Mi}\n" }, { find: "spec:\n", replace: "spec:\n  restartPolicy: OnFailure\n" }, { find: "      limits: {memory: 100Mi}\n", replace: "      limits: {memory: 300Mi}\n" }], goal: [{ kind: "row", pod: "hog", at: 30, status: "Running", restarts: "0" }] },
} satisfies QuestionSetup;

export const oomkilled: Lesson = {
  id: "oomkilled",
  topic: "resources",
  docs: ["memoryLimit"],
  yaml,
  comments: { ko: { "The docs' memory-demo-2: stress allocates 250M under a 100Mi limit.": "문서의 memory-demo-2: stress가 100Mi 제한 아래에서 250M을 할당합니다." } },
  moments: [
    { t: 2, checks: [{ kind: "row", pod: "memory-demo-2", at: 2, status: "OOMKilled", ready: "0/1", restarts: "0", phase: "Running" }] },
    { t: 3, checks: [{ kind: "row", pod: "memory-demo-2", at: 3, status: "OOMKilled", restarts: "1" }] },
    { t: 13, checks: [{ kind: "row", pod: "memory-demo-2", at: 13, status: "CrashLoopBackOff", restarts: "1" }, { kind: "sequence", pod: "memory-demo-2", statuses: ["OOMKilled", "CrashLoopBackOff", "OOMKilled", "CrashLoopBackOff"], until: 30 }] },
    { t: 35, checks: [{ kind: "row", pod: "memory-demo-2", at: 34, restarts: "2" }, { kind: "row", pod: "memory-demo-2", at: 35, status: "OOMKilled", restarts: "3" }] },
  ],
  text: {
    en: {
      title: "OOMKilled",
      summary: "The docs' memory-demo-2: stress allocates 250M in a container limited to 100Mi. The kernel's OOM killer ends it within a second of every start, and the kubelet's crash-loop back-off spaces the restarts.",
      watch: "STATUS OOMKilled (the terminated reason) alternating with CrashLoopBackOff, and RESTARTS.",
      moments: [
        {
          label: "OOMKilled",
          explain: "The allocation passes the 100Mi limit; the kernel kills the process. The container is Terminated with reason OOMKilled and exit code 137 (128 + SIGKILL).",
          predict: {
            question: "stress allocates 250M in a container limited to 100Mi. Who kills it?",
            choices: ["The kubelet, when it sees the usage", "The Linux kernel (cgroup OOM killer)", "The scheduler, for using more than requested"],
            answer: 1,
            whys: [
              "The kubelet only reports what happened; it does not watch memory to kill containers.",
              "The memory limit is a cgroup limit; the kernel enforces it with SIGKILL, and the runtime reports OOMKilled.",
              "The scheduler only places Pods; it never stops a running container.",
            ],
          },
        },
        {
          label: "Restarted at once, killed again",
          explain: "The first restart is immediate, and the new process is OOM-killed at once too: RESTARTS 1, STATUS OOMKilled.",
          predict: {
            question: "Restarted at once, killed again at once. What will STATUS show next?",
            choices: ["CrashLoopBackOff", "Running", "Failed"],
            answer: 0,
            whys: [
              "The next restart waits for the 10 s back-off; meanwhile the container is Waiting with reason CrashLoopBackOff.",
              "The next start is held back by the back-off, so nothing runs in the meantime.",
              "Under restartPolicy Always an OOM kill is restarted like any exit; the Pod does not fail.",
            ],
          },
        },
        {
          label: "CrashLoopBackOff",
          explain: "OOMKilled first, then CrashLoopBackOff: the termination reason shows until the next kubelet sync records the back-off.",
          predict: {
            question: "STATUS shows CrashLoopBackOff. Is the phase Failed now?",
            choices: ["Yes: OOMKilled is a failure", "No, Running", "No, Pending: no container is running"],
            answer: 1,
            whys: [
              "The container failed, but under Always it will be restarted, so the Pod is not finished.",
              "Under restartPolicy Always a crash-looping Pod stays Running.",
              "Pending is only for a Pod none of whose containers has started yet; this one has run several times.",
            ],
          },
        },
        {
          label: "Restart 3 after 20 s",
          explain: "Restart 2 waited 10 s, restart 3 waits 20 s: the same doubling as any crash loop.",
          predict: {
            question: "Restart 3 waited 20 s. Would raising the memory request (not the limit) to 300Mi help?",
            choices: ["Yes: the container would get 300Mi", "No: and the API server would refuse it", "Yes, but only after the next restart"],
            answer: 1,
            whys: [
              "A request reserves room on a node for scheduling; it does not raise the cgroup limit the kernel enforces.",
              "The request may not exceed the limit (100Mi); and even when allowed, only the limit decides the OOM kill.",
              "No restart makes the request matter: the kernel enforces the limit, never the request.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "What does kubectl get pods show for hog 55 s after apply (READY STATUS RESTARTS)?",
          choices: ["0/1 CrashLoopBackOff 3", "0/1 OOMKilled 0", "1/1 Running 0", "0/1 Evicted 0"],
          answer: 0,
          whys: [
            "Each start is OOM-killed within a second; restarts at once, then after 10 s and 20 s; now it waits 40 s.",
            "An OOM kill is a container exit like any other: under the default Always it is restarted.",
            "The limit is not a soft target: the kernel kills the process as soon as it passes 100Mi.",
            "Eviction is the kubelet removing Pods when the node runs short of memory; this is the container passing its own limit.",
          ],
        },
        {
          ...ask1,
          question: "The same Pod. The app really needs 250M. Which one change keeps it running?",
          choices: ["Add requests: {memory: 300Mi}", "restartPolicy: OnFailure", "limits: {memory: 300Mi}"],
          answer: 2,
          whys: [
            "A request above the limit is refused by the API server; and a request never raises what the kernel enforces.",
            "OOMKilled (exit 137) is a failure, so OnFailure restarts it just like Always.",
            "250M fits under a 300Mi limit, so the kernel leaves the process alone.",
          ],
        },
      ],
    },
    ko: {
      title: "OOMKilled: 메모리 제한 초과",
      summary: "문서의 memory-demo-2입니다. stress가 100Mi로 제한된 컨테이너에서 250M을 할당합니다. 커널의 OOM 킬러가 시작할 때마다 1초 안에 프로세스를 죽이고, kubelet의 크래시 루프 백오프가 재시작 간격을 벌립니다.",
      watch: "STATUS에서 OOMKilled(종료 reason)와 CrashLoopBackOff가 번갈아 나오는 것과 RESTARTS를 보세요.",
      moments: [
        {
          label: "OOMKilled",
          explain: "할당한 메모리가 100Mi 제한을 넘자 커널이 프로세스를 죽입니다. 컨테이너는 reason OOMKilled, 종료 코드 137(128 + SIGKILL)로 Terminated 상태가 됩니다.",
          predict: {
            question: "100Mi로 제한된 컨테이너에서 stress가 250M을 할당합니다. 누가 죽일까요?",
            choices: ["사용량을 본 kubelet", "리눅스 커널(cgroup의 OOM 킬러)", "요청보다 많이 쓴다고 스케줄러가"],
            answer: 1,
            whys: [
              "kubelet은 일어난 일을 보고할 뿐, 메모리를 지켜보다 컨테이너를 죽이지 않습니다.",
              "메모리 제한은 곧 cgroup 제한입니다. 커널이 SIGKILL로 지키고, 런타임이 OOMKilled로 보고합니다.",
              "스케줄러는 파드를 배치할 뿐, 실행 중인 컨테이너를 멈추지 않습니다.",
            ],
          },
        },
        {
          label: "바로 재시작, 또 죽음",
          explain: "첫 재시작은 바로 일어나고, 새 프로세스도 곧장 OOM으로 죽습니다. RESTARTS 1, STATUS OOMKilled입니다.",
          predict: {
            question: "바로 재시작되었고, 또 바로 죽었습니다. 다음에 STATUS에는 무엇이 보일까요?",
            choices: ["CrashLoopBackOff", "Running", "Failed"],
            answer: 0,
            whys: [
              "다음 재시작은 10초 백오프를 기다립니다. 그동안 컨테이너는 reason CrashLoopBackOff로 Waiting입니다.",
              "다음 시작은 백오프에 막혀 있으니 그동안 실행되는 것이 없습니다.",
              "restartPolicy Always에서 OOM 종료는 다른 종료처럼 재시작됩니다. 파드는 실패하지 않습니다.",
            ],
          },
        },
        {
          label: "CrashLoopBackOff",
          explain: "먼저 OOMKilled, 그다음 CrashLoopBackOff입니다. 다음 kubelet 동기화가 백오프를 기록할 때까지는 종료 reason이 보입니다.",
          predict: {
            question: "STATUS에 CrashLoopBackOff가 보입니다. 이제 단계는 Failed일까요?",
            choices: ["그렇다: OOMKilled는 실패다", "아니다, Running", "아니다, 실행 중인 컨테이너가 없으니 Pending"],
            answer: 1,
            whys: [
              "컨테이너는 실패했지만 Always에서는 재시작될 것이므로 파드는 끝나지 않았습니다.",
              "restartPolicy Always에서 크래시 루프에 빠진 파드는 Running으로 남습니다.",
              "Pending은 아직 어떤 컨테이너도 시작되지 않은 파드의 단계입니다. 이 파드는 여러 번 실행되었습니다.",
            ],
          },
        },
        {
          label: "20초 뒤 세 번째 재시작",
          explain: "두 번째 재시작은 10초, 세 번째는 20초를 기다립니다. 다른 크래시 루프와 똑같이 두 배씩 늘어납니다.",
          predict: {
            question: "세 번째 재시작은 20초를 기다렸습니다. 제한이 아니라 메모리 요청(request)을 300Mi로 올리면 도움이 될까요?",
            choices: ["그렇다: 컨테이너가 300Mi를 받는다", "아니다: 게다가 API 서버가 거부한다", "그렇다, 다음 재시작부터"],
            answer: 1,
            whys: [
              "요청은 스케줄링을 위해 노드의 자리를 잡을 뿐, 커널이 지키는 cgroup 제한을 올리지 않습니다.",
              "요청은 제한(100Mi)을 넘을 수 없습니다. 허용되더라도 OOM 종료를 정하는 것은 제한뿐입니다.",
              "몇 번을 재시작해도 마찬가지입니다. 커널이 지키는 것은 요청이 아니라 제한입니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "적용하고 55초 뒤 kubectl get pods에 hog는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["0/1 CrashLoopBackOff 3", "0/1 OOMKilled 0", "1/1 Running 0", "0/1 Evicted 0"],
          answer: 0,
          whys: [
            "시작할 때마다 1초 안에 OOM으로 죽습니다. 처음에는 바로, 그다음은 10초, 20초 뒤 재시작했고, 지금은 40초를 기다립니다.",
            "OOM 종료도 여느 컨테이너 종료와 같습니다. 기본값 Always에서는 재시작됩니다.",
            "제한은 느슨한 목표가 아닙니다. 프로세스가 100Mi를 넘는 순간 커널이 죽입니다.",
            "축출(eviction)은 노드의 메모리가 모자랄 때 kubelet이 파드를 내보내는 것입니다. 여기서는 컨테이너가 자기 제한을 넘었습니다.",
          ],
        },
        {
          ...ask1,
          question: "같은 파드입니다. 앱에는 정말 250M이 필요합니다. 어떤 변경 하나로 계속 실행될까요?",
          choices: ["requests: {memory: 300Mi} 추가", "restartPolicy: OnFailure", "limits: {memory: 300Mi}"],
          answer: 2,
          whys: [
            "제한보다 큰 요청은 API 서버가 거부합니다. 게다가 요청은 커널이 지키는 값을 올리지 않습니다.",
            "OOMKilled(exit 137)는 실패이므로 OnFailure도 Always처럼 재시작합니다.",
            "250M은 300Mi 제한 아래에 들어가므로 커널이 프로세스를 건드리지 않습니다.",
          ],
        },
      ],
    },
  },
};
