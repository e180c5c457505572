import yaml from "../scenarios/container-logs.yaml?raw";
import type { Lesson } from "../types";

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
          predict: { question: "Can you read an init container's log after the Pod is Running?", choices: ["Yes, with -c setup", "No, it is deleted when it completes"], answer: 0, why: "The kubelet keeps a completed init container (and its log) while the Pod exists; only garbage collection after the Pod is gone removes it." },
        },
        {
          label: "The app's log, without the hook",
          explain: "The app is Running and its first line is in the log. The postStart hook also printed a line, but a hook's output never reaches the container log; the kubelet keeps it only in a FailedPostStartHook event when the hook fails.",
          predict: { question: "Where would you see the postStart hook's output?", choices: ["In kubectl logs", "Nowhere, unless the hook fails (then in the event)"], answer: 1, why: "Exec hooks run beside the main process; their output goes back to the kubelet, which reports it only for a failed hook." },
        },
        {
          label: "--previous after a crash",
          explain: "The app exited 1 and was restarted (RESTARTS 1). The new instance's log starts empty of the error; `kubectl logs --previous` reads the instance that died, its stderr line included.",
          predict: { question: "The container is in CrashLoopBackOff. What does plain `kubectl logs` show?", choices: ["Nothing: no container is running", "The log of the instance that crashed"], answer: 1, why: "While a container waits to restart, the kubelet reads its last terminated instance (lastState), so both plain and --previous show the crash." },
        },
      ],
      questions: [
        { question: "A Pod has two containers and you run `kubectl logs POD` without -c. What happens?", choices: ["An error: a container name is required", "kubectl picks the first container and says \"Defaulted container\""], answer: 1, why: "kubectl defaults to the first container (or the kubectl.kubernetes.io/default-container annotation) and names the others on stderr." },
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
          predict: { question: "파드가 Running이 된 뒤에도 초기화 컨테이너의 로그를 읽을 수 있을까요?", choices: ["예, -c setup으로", "아니요, 끝나면 지워진다"], answer: 0, why: "kubelet은 파드가 있는 동안 끝난 초기화 컨테이너와 그 로그를 남겨 둡니다. 파드가 사라진 뒤 가비지 컬렉션이 지웁니다." },
        },
        {
          label: "훅 출력이 없는 앱 로그",
          explain: "앱이 Running이고 첫 줄이 로그에 있습니다. postStart 훅도 한 줄을 출력했지만 훅의 출력은 컨테이너 로그에 들어가지 않습니다. 훅이 실패할 때만 kubelet이 FailedPostStartHook 이벤트에 담아 보여 줍니다.",
          predict: { question: "postStart 훅의 출력은 어디서 볼 수 있을까요?", choices: ["kubectl logs에서", "훅이 실패할 때만 이벤트에서"], answer: 1, why: "exec 훅은 메인 프로세스 옆에서 실행되고, 출력은 kubelet에게 돌아갑니다. kubelet은 훅이 실패했을 때만 그 출력을 알립니다." },
        },
        {
          label: "크래시 뒤 --previous",
          explain: "앱이 1로 종료하고 재시작되었습니다(RESTARTS 1). 새 인스턴스의 로그에는 오류가 없고, `kubectl logs --previous`가 죽은 인스턴스의 로그를 stderr 줄까지 보여 줍니다.",
          predict: { question: "컨테이너가 CrashLoopBackOff일 때 그냥 `kubectl logs`는 무엇을 보여 줄까요?", choices: ["아무것도: 실행 중인 컨테이너가 없다", "크래시한 인스턴스의 로그"], answer: 1, why: "재시작을 기다리는 동안 kubelet은 마지막으로 종료된 인스턴스(lastState)를 읽으므로, 그냥 실행해도 --previous와 같은 크래시 로그가 나옵니다." },
        },
      ],
      questions: [
        { question: "컨테이너가 둘인 파드에 -c 없이 `kubectl logs POD`를 실행하면?", choices: ["오류: 컨테이너 이름이 필요하다", "kubectl이 첫 컨테이너를 고르고 \"Defaulted container\"라고 알린다"], answer: 1, why: "kubectl은 첫 컨테이너(또는 kubectl.kubernetes.io/default-container 어노테이션)를 고르고, 나머지 컨테이너 이름을 stderr에 알려 줍니다." },
      ],
    },
  },
};
