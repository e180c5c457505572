import yaml from "../scenarios/poststart-http.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: warm
spec:
  restartPolicy: Never
  containers:
  - name: web
    image: nginx:1.27
    lifecycle:
      postStart:
        httpGet: {path: /warm-up, port: 8080}
`,
  at: 20,
  check: { kind: "row", pod: "warm" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: warm
spec:
  containers:
  - name: web
    image: nginx:1.27
    lifecycle:
      postStart:
        exec:
          command: ["sh", "-c", "sleep 20"]
`,
  at: 10,
  check: { kind: "row", pod: "warm" },
} satisfies QuestionSetup;

/** A postStart httpGet hook: a 404 is fine, a refused connection kills the container (kuberuntime_container.go, lifecycle/handlers.go). */
export const poststartHttp: Lesson = {
  id: "poststart-http",
  topic: "hooks",
  docs: ["lifecycleHooks", "hookHandlers"],
  yaml,
  comments: { ko: { "Two nginx Pods with a postStart httpGet hook to /warm-up. hook-404: the hook reaches nginx on port 80; nginx has no /warm-up page and answers 404.": "/warm-up으로 가는 postStart httpGet 훅이 있는 nginx 파드 2개.\nhook-404: 훅은 80번 포트의 nginx에 닿지만, nginx에는 /warm-up 페이지가 없어 404로 응답합니다.", "hook-refused: the hook asks port 8080, where nothing listens.": "hook-refused: 훅이 아무것도 수신 대기하지 않는 8080번 포트로 요청합니다." } },
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
            choices: ["It is killed: a 404 fails the hook, as it fails an httpGet probe", "Nothing: the request got an answer, so the hook succeeded", "It stays ContainerCreating until the hook gets a 2xx answer"],
            answer: 1,
            whys: [
              "Probes judge the status code (200–399); a lifecycle httpGet does not. It fails only when the request itself fails.",
              "The kubelet checks that the request was answered; any HTTP status counts as done, so hook-404 is Running 1/1.",
              "The hook is sent once, not repeated until it gets a good status; one answer, whatever its code, ends it.",
            ],
          },
        },
        {
          label: "Refused: killed",
          explain:
            "Nothing listens on 8080, so the request is refused and the hook fails. The kubelet records Warning FailedPostStartHook (in v1.34 just 'PostStartHook failed', so a URL with secrets does not leak into events), kills the container (Killing, message FailedPostStartHook) and the container waits with reason PostStartHookError. restartPolicy Always starts it again at once.",
          predict: {
            question: "Where do you see why hook-refused keeps restarting?",
            choices: ["kubectl logs hook-refused: the hook's error is written there", "kubectl describe pod hook-refused: the FailedPostStartHook and Killing events", "Nowhere: a postStart hook leaves no trace"],
            answer: 1,
            whys: [
              "The hook is sent by the kubelet, not by the container's process; its result never reaches the container's log.",
              "The kubelet records a failed hook as Warning FailedPostStartHook, then Killing; describe lists both, with the waiting reason PostStartHookError.",
              "The study notes are half right: a hook that succeeds leaves no trace, but a failed one shows in the events.",
            ],
          },
        },
        {
          label: "A crash loop made by a hook",
          explain:
            "Each new container fails its hook the same way, and the restarts follow the crash-loop back-off (10 s, 20 s, …). nginx itself never crashed: Last State is Completed with exit code 0, because the kubelet stopped it politely. hook-404 is still Running with no restarts.",
          predict: {
            question: "Would restartPolicy Never change what happens to hook-refused?",
            choices: ["No: a failed hook always restarts the container", "Yes: it is killed once and never started again; the Pod ends as nginx's exit code says", "Yes: the kubelet would skip the hook that keeps failing"],
            answer: 1,
            whys: [
              "The failed hook only kills the container; whether it comes back is up to the restart policy, as for any other exit.",
              "nginx stops cleanly with exit code 0, so under Never this Pod would even end Completed (Succeeded): a failure that looks like success.",
              "The hook runs under every restart policy; the policy only decides what happens after the container has stopped.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "The refused hook again, now under restartPolicy: Never. What does kubectl get pods show for warm at 20 s?",
          choices: ["0/1 Completed 0", "0/1 PostStartHookError 0", "0/1 Error 0", "0/1 CrashLoopBackOff 1"],
          answer: 0,
          whys: [
            "The hook fails, the kubelet stops nginx, and nginx exits cleanly with 0. Under Never nothing starts it again: the Pod is Succeeded, and STATUS says Completed.",
            "PostStartHookError is the waiting reason of a container that will be started again; under Never the container ends terminated, with nginx's own exit code.",
            "Error would mean a non-zero exit; the kubelet stopped nginx politely, and it exits 0.",
            "A failed hook leads to a restart only when the restart policy asks for one; Never does not.",
          ],
        },
        {
          ...ask1,
          question: "nginx with a postStart exec hook that runs sleep 20; the Started event comes at about 3 s. What does kubectl get pods show for warm at 10 s?",
          choices: ["1/1 Running 0", "0/1 Running 0", "0/1 ContainerCreating 0", "0/1 PodInitializing 0"],
          answer: 2,
          whys: [
            "nginx is already serving (the hook runs alongside the entrypoint), but the kubelet reports the container Running only once the hook has returned, at about 23 s.",
            "Not only READY is held back: until the hook returns, the container is not reported Running at all.",
            "The container has started and the hook is still sleeping: until it returns, the container waits with reason ContainerCreating, and the phase is Pending.",
            "PodInitializing belongs to init containers. A postStart hook is not one, and it does not run before the entrypoint.",
          ],
        },
      ],
    },
    ko: {
      title: "실패하는 postStart httpGet 훅",
      summary:
        "postStart 훅이 GET /warm-up을 보내는 nginx 파드 둘입니다. hook-404의 요청은 nginx에 닿고 404를 받습니다. hook-refused는 아무것도 수신 대기하지 않는 8080 포트로 요청합니다. 실패한 훅은 하나뿐입니다.",
      watch: "hook-404의 로그(User-Agent가 kube-lifecycle/1.34인 훅의 요청), 그리고 kubectl describe에 보이는 hook-refused의 이벤트 FailedPostStartHook, Killing, BackOff를 보세요.",
      moments: [
        {
          label: "404는 실패가 아니다",
          explain:
            "훅의 요청이 nginx 접근 로그에 상태 404로 남았고, hook-404는 Running 1/1입니다. postStart httpGet에서 kubelet은 요청이 응답을 받았는지만 봅니다. httpGet 프로브와 달리 상태 코드는 보지 않습니다. 훅은 엔트리포인트보다 먼저가 아니라, 컨테이너가 시작된 뒤 nginx의 엔트리포인트와 함께 실행되었습니다. 컨테이너는 훅이 끝난 뒤에야 Running이 됩니다.",
          predict: {
            question: "nginx가 postStart GET에 404 Not Found로 답합니다. 컨테이너는 어떻게 될까요?",
            choices: ["죽는다. httpGet 프로브처럼 404면 훅이 실패한다", "아무 일 없다. 응답을 받았으니 훅은 성공이다", "훅이 2xx 응답을 받을 때까지 ContainerCreating에 머문다"],
            answer: 1,
            whys: [
              "상태 코드(200–399)로 판단하는 것은 프로브이고, 라이프사이클 훅의 httpGet은 그렇지 않습니다. 요청 자체가 실패할 때만 실패합니다.",
              "kubelet은 요청이 응답을 받았는지만 봅니다. HTTP 상태는 무엇이든 끝난 것으로 치므로 hook-404는 Running 1/1입니다.",
              "훅은 한 번 보낼 뿐, 좋은 상태를 받을 때까지 되풀이하지 않습니다. 코드가 무엇이든 응답 하나로 끝납니다.",
            ],
          },
        },
        {
          label: "연결 거부: 컨테이너 종료",
          explain:
            "8080 포트에는 수신 대기하는 것이 없어 요청이 거부되고 훅이 실패합니다. kubelet은 Warning FailedPostStartHook을 남기고(v1.34에서는 비밀이 담긴 주소가 이벤트로 새지 않도록 'PostStartHook failed'만 씁니다), 컨테이너를 죽이며(Killing, 메시지 FailedPostStartHook), 컨테이너는 이유 PostStartHookError로 대기합니다. restartPolicy Always라서 곧바로 다시 시작됩니다.",
          predict: {
            question: "hook-refused가 계속 재시작되는 이유는 어디서 보나요?",
            choices: ["kubectl logs hook-refused. 훅의 오류가 거기 쓰인다", "kubectl describe pod hook-refused의 FailedPostStartHook, Killing 이벤트", "어디에도 없다. postStart 훅은 흔적을 남기지 않는다"],
            answer: 1,
            whys: [
              "훅은 컨테이너의 프로세스가 아니라 kubelet이 보냅니다. 그 결과는 컨테이너 로그에 닿지 않습니다.",
              "kubelet은 실패한 훅을 Warning FailedPostStartHook으로, 이어서 Killing으로 남깁니다. kubectl describe에는 둘 다, 그리고 대기 이유 PostStartHookError가 보입니다.",
              "학습 노트의 말은 절반만 맞습니다. 성공한 훅은 흔적이 없지만, 실패한 훅은 이벤트에 보입니다.",
            ],
          },
        },
        {
          label: "훅이 만든 크래시 루프",
          explain:
            "새 컨테이너마다 훅이 똑같이 실패하고, 재시작은 크래시 루프 백오프(10초, 20초, …)를 따릅니다. nginx 자체는 한 번도 죽지 않았습니다. kubelet이 점잖게 멈췄기 때문에 Last State는 종료 코드 0의 Completed입니다. hook-404는 재시작 없이 여전히 Running입니다.",
          predict: {
            question: "restartPolicy가 Never라면 hook-refused에 일어나는 일이 달라질까요?",
            choices: ["아니다. 실패한 훅은 언제나 컨테이너를 재시작한다", "그렇다. 한 번 죽고 다시 시작되지 않으며, 파드는 nginx의 종료 코드대로 끝난다", "그렇다. kubelet이 계속 실패하는 훅을 건너뛴다"],
            answer: 1,
            whys: [
              "실패한 훅은 컨테이너를 죽일 뿐입니다. 다시 시작할지는 다른 종료와 마찬가지로 재시작 정책이 정합니다.",
              "nginx는 종료 코드 0으로 깔끔하게 멈추므로, Never에서는 이 파드가 Completed(Succeeded)로 끝나기까지 합니다. 성공처럼 보이는 실패입니다.",
              "훅은 어떤 재시작 정책에서도 실행됩니다. 정책은 컨테이너가 멈춘 뒤의 일만 정합니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "거부되는 훅을 이번에는 restartPolicy: Never로 둡니다. 20초에 kubectl get pods에 warm은 어떻게 보일까요?",
          choices: ["0/1 Completed 0", "0/1 PostStartHookError 0", "0/1 Error 0", "0/1 CrashLoopBackOff 1"],
          answer: 0,
          whys: [
            "훅이 실패하면 kubelet이 nginx를 멈추고, nginx는 0으로 깔끔하게 끝납니다. Never에서는 아무것도 재시작하지 않으므로 파드는 Succeeded, STATUS는 Completed입니다.",
            "PostStartHookError는 다시 시작될 컨테이너의 대기 이유입니다. Never에서는 컨테이너가 nginx 자신의 종료 코드로 종료된 채 끝납니다.",
            "Error는 0이 아닌 종료 코드를 뜻합니다. kubelet이 nginx를 점잖게 멈췄고, nginx는 0으로 끝납니다.",
            "실패한 훅 뒤의 재시작은 재시작 정책이 요구할 때만 일어납니다. Never는 요구하지 않습니다.",
          ],
        },
        {
          ...ask1,
          question: "postStart exec 훅이 sleep 20을 실행하는 nginx입니다. Started 이벤트는 약 3초에 나옵니다. 10초에 kubectl get pods에 warm은 어떻게 보일까요?",
          choices: ["1/1 Running 0", "0/1 Running 0", "0/1 ContainerCreating 0", "0/1 PodInitializing 0"],
          answer: 2,
          whys: [
            "nginx는 이미 응답하고 있지만(훅은 엔트리포인트와 함께 실행됩니다), kubelet은 훅이 끝난 뒤, 즉 약 23초에야 컨테이너를 Running으로 알립니다.",
            "READY만 막히는 것이 아닙니다. 훅이 끝날 때까지 컨테이너는 아예 Running으로 알려지지 않습니다.",
            "컨테이너는 시작되었지만 훅이 아직 잠들어 있습니다. 훅이 끝날 때까지 컨테이너는 이유 ContainerCreating으로 대기하고, 단계는 Pending입니다.",
            "PodInitializing은 초기화 컨테이너의 것입니다. postStart 훅은 초기화 컨테이너가 아니고, 엔트리포인트보다 먼저 실행되지도 않습니다.",
          ],
        },
      ],
    },
  },
};
