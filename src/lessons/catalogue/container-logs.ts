import yaml from "../scenarios/container-logs.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  initContainers:
  - name: setup
    image: busybox:1.36
    command: ["sh", "-c", "echo setup done"]
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo started; sleep 10; echo db lost >&2; exit 1"]
    lifecycle:
      postStart:
        exec:
          command: ["sh", "-c", "echo warming"]
`,
  at: 20,
  check: { kind: "log", pod: "app", container: "app" },
} satisfies QuestionSetup;

// The kubelet keeps what a container instance's main process writes (CRI log files, one per
// instance; pkg/kubelet/kuberuntime/kuberuntime_container.go), hook output only in a failure
// event (pkg/kubelet/lifecycle/handlers.go), and `kubectl logs --previous` reads lastState's
// instance (pkg/kubelet/kubelet_pods.go validateContainerLogStatus).
export const containerLogs: Lesson = {
  id: "container-logs",
  topic: "containerStates",
  docs: ["logging"],
  yaml,
  comments: { ko: { "What `kubectl logs` can read: an init container's output, the app's, a crashed instance's with --previous; and what it never shows: the postStart hook's output.": "`kubectl logs`로 읽을 수 있는 것: 초기화 컨테이너의 출력, 앱의 출력, --previous로 크래시한 인스턴스의 출력.\n그리고 절대 보여 주지 않는 것: postStart 훅의 출력." } },
  moments: [
    {
      t: 3,
      checks: [
        { kind: "row", pod: "logs-demo", at: 3, status: "Init:0/1", ready: "0/1" },
        { kind: "log", pod: "logs-demo", container: "setup", at: 3, text: { includes: "setup: writing the config" } },
        { kind: "log", pod: "logs-demo", container: "setup", at: 3, absent: true, text: { includes: "setup: done" } },
      ],
      focus: { kubectl: "logs", pod: "logs-demo", container: "setup" },
    },
    {
      t: 12,
      checks: [
        { kind: "row", pod: "logs-demo", at: 12, status: "Running", ready: "1/1", restarts: 0 },
        { kind: "log", pod: "logs-demo", container: "app", at: 12, text: { includes: "app: started with mode=fast" } },
        { kind: "log", pod: "logs-demo", container: "app", at: 12, absent: true, text: { includes: "postStart" } },
      ],
      focus: { kubectl: "logs", pod: "logs-demo", container: "app" },
    },
    {
      t: 30,
      checks: [
        { kind: "row", pod: "logs-demo", at: 30, status: "Running", restarts: 1 },
        { kind: "container", pod: "logs-demo", container: "app", at: 30, state: "running", restartCount: 1, lastReason: "Error", lastExitCode: 1 },
        { kind: "log", pod: "logs-demo", container: "app", at: 30, previous: true, text: { includes: "app: lost the database connection" } },
        { kind: "log", pod: "logs-demo", container: "app", at: 30, absent: true, text: { includes: "lost the database connection" } },
      ],
      focus: { kubectl: "logs", pod: "logs-demo", container: "app", previous: true },
    },
  ],
  text: {
    en: {
      title: "Reading a container's logs",
      summary: "An init container writes a config and logs what it does; the app logs its start, then fails after 15 s with a message on stderr. A postStart hook also prints a line.",
      watch: "The kubectl logs tab at each moment: which container it reads, what is there, and what never is.",
      moments: [
        {
          label: "The init container's log",
          explain: "The Pod is Init:0/1. `kubectl logs logs-demo -c setup` already shows the init container's first line: its log is readable while it runs and after it completes. The rest appears as it is written.",
          predict: {
            question: "The Pod is Init:0/1 and setup is writing its log. Can you still read setup's log after the Pod is Running?",
            choices: ["Yes, with -c setup", "No, it is deleted when it completes", "Only with --previous"],
            answer: 0,
            whys: [
              "The kubelet keeps a completed init container (and its log) while the Pod exists; only garbage collection after the Pod is gone removes it.",
              "A completed init container stays, terminated, in the Pod's status, and its log with it.",
              "--previous reads the instance before a restart; a completed init container is read with plain -c setup.",
            ],
          },
        },
        {
          label: "The app's log, without the hook",
          explain: "The app is Running and its first line is in the log. The postStart hook also printed a line, but a hook's output never reaches the container log; the kubelet keeps it only in a FailedPostStartHook event when the hook fails.",
          predict: {
            question: "The app runs, and its postStart hook printed 'postStart: warming the cache'. Where would you see that line?",
            choices: ["In kubectl logs, beside the app's lines", "Nowhere, unless the hook fails (then in the FailedPostStartHook event)", "In kubectl logs -c postStart"],
            answer: 1,
            whys: [
              "A hook's output never reaches the container log.",
              "Exec hooks run beside the main process; their output goes back to the kubelet, which reports it only for a failed hook.",
              "A hook is not a container; there is nothing to select with -c.",
            ],
          },
        },
        {
          label: "--previous after a crash",
          explain: "The app exited 1 and was restarted (RESTARTS 1). The new instance's log does not have the error line; `kubectl logs --previous` reads the instance that died, its stderr line included.",
          predict: {
            question: "The app crashed and waits in CrashLoopBackOff. What does plain kubectl logs (without --previous) show?",
            choices: ["Nothing: no container is running", "The log of the instance that crashed", "An error: the container is waiting to start"],
            answer: 1,
            whys: [
              "While a container waits to restart, the kubelet serves the log of its last terminated instance.",
              "While the container waits, the kubelet reads its last terminated instance (lastState), so both plain and --previous show the crash.",
              "That error comes for a container that has never run (ContainerCreating, PodInitializing); this one has.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "app starts at about 3 s, exits 1 at about 13 s and is restarted at once. At 20 s you run kubectl logs app. Which line does it print?",
          choices: ["started", "db lost", "setup done", "warming"],
          answer: 0,
          whys: [
            "kubectl logs reads the current instance (the app container, the Pod's only regular one), which has printed only its first line so far.",
            "That line is in the instance that exited; read it with --previous. The running instance will print it only at about 24 s.",
            "That is the init container's log; kubectl logs picks the app container unless you pass -c setup.",
            "A postStart hook's output never reaches the container log.",
          ],
        },
        {
          question: "A Pod has two containers, web and proxy, and you run kubectl logs POD without -c. What happens?",
          choices: ["An error: a container name is required", "kubectl shows the first container (web) and says \"Defaulted container\"", "kubectl shows both logs, interleaved", "kubectl shows the container that logged last"],
          answer: 1,
          whys: [
            "Older kubectl did refuse; current kubectl picks a default container instead.",
            "kubectl defaults to the first container (or the kubectl.kubernetes.io/default-container annotation) and names the others on stderr.",
            "That needs --all-containers=true; without it kubectl reads one container.",
            "The default is fixed (the first container or the annotation), not the most recent writer.",
          ],
        },
      ],
    },
    ko: {
      title: "컨테이너 로그 읽기",
      summary: "초기화 컨테이너가 설정 파일을 쓰면서 하는 일을 로그로 남기고, 앱은 시작을 알린 뒤 15초 후 stderr에 메시지를 남기고 실패합니다. postStart 훅도 한 줄을 출력합니다.",
      watch: "각 순간의 kubectl logs 탭을 보세요. 어느 컨테이너를 읽는지, 무엇이 있는지, 무엇이 끝내 없는지.",
      moments: [
        {
          label: "초기화 컨테이너의 로그",
          explain: "파드는 Init:0/1입니다. `kubectl logs logs-demo -c setup`에 초기화 컨테이너의 첫 줄이 벌써 보입니다. 로그는 실행 중에도, 끝난 뒤에도 읽을 수 있고, 나머지 줄은 쓰이는 대로 나타납니다.",
          predict: {
            question: "파드는 Init:0/1이고 setup이 로그를 쓰는 중입니다. 파드가 Running이 된 뒤에도 setup의 로그를 읽을 수 있을까요?",
            choices: ["그렇다, -c setup으로", "아니다, 완료되면 지워진다", "--previous로만"],
            answer: 0,
            whys: [
              "kubelet은 파드가 있는 동안 완료된 초기화 컨테이너(와 그 로그)를 남겨 둡니다. 파드가 사라진 뒤 가비지 컬렉션만 지웁니다.",
              "완료된 초기화 컨테이너는 파드 status에 종료 상태로 남고, 로그도 함께 남습니다.",
              "--previous는 재시작 전의 인스턴스를 읽습니다. 완료된 초기화 컨테이너는 그냥 -c setup으로 읽습니다.",
            ],
          },
        },
        {
          label: "훅 출력이 없는 앱 로그",
          explain: "앱이 Running이고 첫 줄이 로그에 있습니다. postStart 훅도 한 줄을 출력했지만 훅의 출력은 컨테이너 로그에 들어가지 않습니다. 훅이 실패할 때만 kubelet이 FailedPostStartHook 이벤트에 담아 보여 줍니다.",
          predict: {
            question: "앱이 실행 중이고 postStart 훅이 'postStart: warming the cache'를 출력했습니다. 그 줄은 어디에서 볼 수 있을까요?",
            choices: ["kubectl logs에서 앱의 줄과 함께", "어디에도 없다, 훅이 실패하지 않는 한(그때는 FailedPostStartHook 이벤트에)", "kubectl logs -c postStart에서"],
            answer: 1,
            whys: [
              "훅의 출력은 컨테이너 로그에 들어가지 않습니다.",
              "exec 훅은 주 프로세스 옆에서 실행되고, 그 출력은 kubelet에게 돌아가며 kubelet은 실패한 훅일 때만 알려 줍니다.",
              "훅은 컨테이너가 아니라서 -c로 고를 것이 없습니다.",
            ],
          },
        },
        {
          label: "크래시 뒤 --previous",
          explain: "앱이 1로 종료하고 재시작되었습니다(RESTARTS 1). 새 인스턴스의 로그에는 오류가 없고, `kubectl logs --previous`가 종료된 인스턴스의 로그를 stderr 줄까지 보여 줍니다.",
          predict: {
            question: "앱이 크래시해서 CrashLoopBackOff로 기다립니다. 그냥 kubectl logs(--previous 없이)에는 무엇이 보일까요?",
            choices: ["아무것도: 실행 중인 컨테이너가 없다", "크래시한 인스턴스의 로그", "오류: 컨테이너가 시작을 기다리는 중"],
            answer: 1,
            whys: [
              "컨테이너가 재시작을 기다리는 동안 kubelet은 마지막으로 종료한 인스턴스의 로그를 보여 줍니다.",
              "컨테이너가 기다리는 동안 kubelet은 마지막 종료 인스턴스(lastState)를 읽으므로, 그냥 logs와 --previous 모두 크래시를 보여 줍니다.",
              "그 오류는 한 번도 실행되지 않은 컨테이너(ContainerCreating, PodInitializing)에서 나옵니다. 이 컨테이너는 실행된 적이 있습니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "app은 약 3초에 시작하고 약 13초에 1로 종료해 바로 재시작됩니다. 20초에 kubectl logs app을 실행합니다. 어떤 줄이 출력될까요?",
          choices: ["started", "db lost", "setup done", "warming"],
          answer: 0,
          whys: [
            "kubectl logs는 현재 인스턴스(파드의 하나뿐인 일반 컨테이너 app)를 읽고, 그 인스턴스는 아직 첫 줄만 출력했습니다.",
            "그 줄은 종료한 인스턴스에 있습니다. --previous로 읽으세요. 실행 중인 인스턴스는 약 24초에야 출력합니다.",
            "그것은 초기화 컨테이너의 로그입니다. -c setup을 주지 않으면 kubectl logs는 app 컨테이너를 고릅니다.",
            "postStart 훅의 출력은 컨테이너 로그에 들어가지 않습니다.",
          ],
        },
        {
          question: "파드에 컨테이너가 두 개(web, proxy) 있고, -c 없이 kubectl logs POD를 실행합니다. 어떻게 될까요?",
          choices: ["오류: 컨테이너 이름이 필요하다", "kubectl이 첫 컨테이너(web)를 보여 주며 \"Defaulted container\"라고 알린다", "두 로그를 섞어서 보여 준다", "마지막으로 로그를 쓴 컨테이너를 보여 준다"],
          answer: 1,
          whys: [
            "예전 kubectl은 거부했지만, 지금의 kubectl은 기본 컨테이너를 고릅니다.",
            "kubectl은 첫 컨테이너(또는 kubectl.kubernetes.io/default-container 어노테이션)를 기본으로 하고, 나머지를 stderr에 알려 줍니다.",
            "그러려면 --all-containers=true가 필요합니다. 없으면 컨테이너 하나만 읽습니다.",
            "기본값은 정해져 있습니다(첫 컨테이너 또는 어노테이션). 최근에 쓴 컨테이너가 아닙니다.",
          ],
        },
      ],
    },
  },
};
