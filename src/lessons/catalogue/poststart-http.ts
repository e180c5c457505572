import yaml from "../scenarios/poststart-http.yaml?raw";
import type { Lesson } from "../types";

/** A postStart httpGet hook: a 404 is fine, a refused connection kills the container (kuberuntime_container.go, lifecycle/handlers.go). */
export const poststartHttp: Lesson = {
  id: "poststart-http",
  topic: "hooks",
  yaml,
  moments: [
    {
      t: 3,
      focus: { kubectl: "logs", pod: "hook-404", container: "web" },
      checks: [
        { kind: "row", pod: "hook-404", at: 3, status: "Running", ready: "1/1", restarts: "0" },
        { kind: "log", pod: "hook-404", container: "web", at: 3, text: { includes: '"GET /warm-up HTTP/1.1" 404 153 "-" "kube-lifecycle/1.34"' } },
      ],
    },
    {
      t: 4,
      focus: { kubectl: "describe", pod: "hook-refused" },
      checks: [
        { kind: "event", reason: "FailedPostStartHook", object: "hook-refused", message: "PostStartHook failed", first: [2, 5] },
        { kind: "event", reason: "Killing", object: "hook-refused", message: "FailedPostStartHook", first: [2, 5] },
        { kind: "row", pod: "hook-refused", at: 4, status: "PostStartHookError", ready: "0/1", restarts: "1", phase: "Running" },
      ],
    },
    {
      t: 50,
      checks: [
        { kind: "row", pod: "hook-refused", at: 50, status: "CrashLoopBackOff", restarts: "3", phase: "Running" },
        { kind: "row", pod: "hook-404", at: 50, status: "Running", restarts: "0" },
      ],
    },
  ],
  text: {
    en: {
      title: "A postStart httpGet hook that fails",
      summary:
        "Two nginx Pods whose postStart hook sends GET /warm-up. hook-404 reaches nginx, which answers 404; hook-refused asks port 8080, where nothing listens. Only one of them is a failed hook.",
      watch: "hook-404's log (the hook's request with User-Agent kube-lifecycle/1.34), then hook-refused's events in kubectl describe: FailedPostStartHook, Killing, BackOff.",
      moments: [
        {
          label: "A 404 is not a failure",
          explain:
            "The hook's request is in nginx's access log with status 404, and hook-404 is Running 1/1. For a postStart httpGet the kubelet only checks that the request got an answer: unlike an httpGet probe, it does not look at the status code. The hook ran after the container was started, alongside nginx's entrypoint, not before it; the container counts as Running only once the hook has returned.",
          predict: {
            question: "nginx answers the postStart GET with 404 Not Found. What happens to the container?",
            choices: ["Nothing: the hook got an answer, so it succeeded", "It is killed: FailedPostStartHook", "It stays ContainerCreating"],
            answer: 0,
            why: "An httpGet lifecycle handler fails only when the request itself fails (refused, reset); any HTTP status counts as done.",
          },
        },
        {
          label: "Refused: killed",
          explain:
            "Nothing listens on 8080, so the request is refused and the hook fails. The kubelet records Warning FailedPostStartHook (in v1.34 just 'PostStartHook failed', so a URL with secrets does not leak into events), kills the container (Killing, message FailedPostStartHook) and the container waits with reason PostStartHookError. restartPolicy Always starts it again at once.",
          predict: {
            question: "Where do you see why hook-refused keeps restarting?",
            choices: ["kubectl describe pod: the FailedPostStartHook and Killing events", "kubectl logs: the hook writes the error there", "Nowhere: hook failures leave no trace"],
            answer: 0,
            why: "A hook's output is not in the container's log. The study notes say it too: you only see a hook when it fails, and then in the events.",
          },
        },
        {
          label: "A crash loop made by a hook",
          explain:
            "Each new container fails its hook the same way, and the restarts follow the crash-loop back-off (10 s, 20 s, …). nginx itself never crashed: Last State is Completed with exit code 0, because the kubelet stopped it politely. hook-404 is still Running with no restarts.",
          predict: {
            question: "Would restartPolicy Never change what happens to hook-refused?",
            choices: ["Yes: killed once and never started again; the Pod ends as nginx's exit code says", "No: a failed hook always restarts the container", "Yes: the hook would be skipped"],
            answer: 0,
            why: "A failed postStart kills the container; what follows is up to the restart policy and the exit code, as for any other exit. nginx stops cleanly with 0, so under Never this Pod would even end Completed (Succeeded): a failure that looks like success.",
          },
        },
      ],
      questions: [
        {
          question: "When does a postStart hook run?",
          choices: ["Right after the container is started, at the same time as its entrypoint; Running waits for it", "Before the entrypoint", "After the readiness probe passes"],
          answer: 0,
          why: "The kubelet starts the container, then runs the hook while the entrypoint already runs; there is no ordering between them.",
        },
        {
          question: "Which answer to a postStart httpGet makes the hook fail?",
          choices: ["Connection refused", "500 Internal Server Error", "404 Not Found"],
          answer: 0,
          why: "Only a failed request fails the hook; status codes are not checked.",
        },
      ],
    },
    ko: {
      title: "실패하는 postStart httpGet 훅",
      summary:
        "postStart 훅이 GET /warm-up을 보내는 nginx 파드 둘입니다. hook-404의 요청은 nginx에 닿고 404를 받습니다. hook-refused는 아무도 듣지 않는 8080 포트로 요청합니다. 실패한 훅은 하나뿐입니다.",
      watch: "hook-404의 로그(User-Agent가 kube-lifecycle/1.34인 훅의 요청), 그리고 kubectl describe에 보이는 hook-refused의 이벤트 FailedPostStartHook, Killing, BackOff를 보세요.",
      moments: [
        {
          label: "404는 실패가 아니다",
          explain:
            "훅의 요청이 nginx 접근 로그에 상태 404로 남았고, hook-404는 Running 1/1입니다. postStart httpGet에서 kubelet은 요청이 응답을 받았는지만 봅니다. httpGet 프로브와 달리 상태 코드는 보지 않습니다. 훅은 컨테이너가 시작된 뒤 nginx의 엔트리포인트와 함께 실행되었고, 그보다 먼저가 아닙니다. 컨테이너는 훅이 끝난 뒤에야 Running이 됩니다.",
          predict: {
            question: "nginx가 postStart GET에 404 Not Found로 답합니다. 컨테이너는 어떻게 될까요?",
            choices: ["아무 일 없다. 응답을 받았으니 훅은 성공이다", "죽는다: FailedPostStartHook", "ContainerCreating에 머문다"],
            answer: 0,
            why: "httpGet 수명 주기 핸들러는 요청 자체가 실패할 때(거부, 끊김)만 실패합니다. HTTP 상태는 무엇이든 끝난 것으로 칩니다.",
          },
        },
        {
          label: "거부됨: 죽음",
          explain:
            "8080에는 아무것도 듣지 않아 요청이 거부되고 훅이 실패합니다. kubelet은 Warning FailedPostStartHook을 남기고(v1.34에서는 비밀이 담긴 주소가 이벤트로 새지 않도록 'PostStartHook failed'만 씁니다), 컨테이너를 죽이며(Killing, 메시지 FailedPostStartHook), 컨테이너는 이유 PostStartHookError로 대기합니다. restartPolicy Always라서 곧바로 다시 시작됩니다.",
          predict: {
            question: "hook-refused가 계속 재시작되는 이유는 어디서 보나요?",
            choices: ["kubectl describe pod의 FailedPostStartHook, Killing 이벤트", "kubectl logs. 훅이 오류를 거기 쓴다", "어디에도 없다. 훅 실패는 흔적이 없다"],
            answer: 0,
            why: "훅의 출력은 컨테이너 로그에 없습니다. 학습 노트도 말하듯, 훅은 실패할 때만 보이고 그때는 이벤트에 보입니다.",
          },
        },
        {
          label: "훅이 만든 크래시 루프",
          explain:
            "새 컨테이너마다 훅이 똑같이 실패하고, 재시작은 크래시 루프 백오프(10초, 20초, …)를 따릅니다. nginx 자체는 한 번도 죽지 않았습니다. kubelet이 점잖게 멈췄기 때문에 Last State는 종료 코드 0의 Completed입니다. hook-404는 재시작 없이 여전히 Running입니다.",
          predict: {
            question: "restartPolicy가 Never라면 hook-refused에 일어나는 일이 달라질까요?",
            choices: ["예. 한 번 죽고 다시 시작되지 않으며, 파드는 nginx의 종료 코드대로 끝난다", "아니요. 실패한 훅은 언제나 컨테이너를 재시작한다", "예. 훅을 건너뛴다"],
            answer: 0,
            why: "실패한 postStart는 컨테이너를 죽이고, 그다음은 다른 종료와 마찬가지로 재시작 정책과 종료 코드가 정합니다. nginx는 0으로 깔끔하게 멈추므로 Never에서는 이 파드가 Completed(Succeeded)로 끝나기까지 합니다. 성공처럼 보이는 실패입니다.",
          },
        },
      ],
      questions: [
        {
          question: "postStart 훅은 언제 실행되나요?",
          choices: ["컨테이너가 시작된 직후, 엔트리포인트와 동시에. Running은 훅을 기다린다", "엔트리포인트보다 먼저", "readiness 프로브가 통과한 뒤"],
          answer: 0,
          why: "kubelet은 컨테이너를 시작한 뒤, 엔트리포인트가 이미 도는 동안 훅을 실행합니다. 둘 사이에 순서는 없습니다.",
        },
        {
          question: "postStart httpGet에 어떤 응답이 오면 훅이 실패하나요?",
          choices: ["연결 거부(connection refused)", "500 Internal Server Error", "404 Not Found"],
          answer: 0,
          why: "요청이 실패할 때만 훅이 실패하며, 상태 코드는 보지 않습니다.",
        },
      ],
    },
  },
};
