import yaml from "../scenarios/lifecycle-hooks.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: hooks
spec:
  containers:
  - name: web
    image: nginx:1.27
    lifecycle:
      postStart:
        exec:
          command: ["sh", "-c", "sleep 10"]
`,
  at: 8,
  check: { kind: "row", pod: "hooks" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: hooks
spec:
  containers:
  - name: web
    image: nginx:1.27
    lifecycle:
      postStart:
        exec:
          command: ["sh", "-c", "cp /etc/app.conf /tmp/"]
`,
  check: { kind: "fix", patches: [{ find: "spec:\n", replace: "spec:\n  restartPolicy: OnFailure\n" }, { find: "cp /etc/app.conf /tmp/", replace: "cp /etc/app.conf /tmp/ || true" }, { find: "spec:\n", replace: "spec:\n  restartPolicy: Never\n" }], goal: [{ kind: "row", pod: "hooks", at: 30, status: "Running", ready: "1/1" }] },
} satisfies QuestionSetup;

export const lifecycleHooks: Lesson = {
  id: "lifecycle-hooks",
  topic: "hooks",
  docs: ["lifecycleHooks", "termination"],
  yaml,
  comments: { ko: { "postStart writes a file before the container counts as started; preStop drains for 10 s on delete.": "postStart는 컨테이너가 시작된 것으로 치기 전에 파일을 쓰고, preStop은 삭제될 때 10초 동안 남은 요청을 마무리합니다." } },
  moments: [
    { t: 5, checks: [{ kind: "event", reason: "Started", object: "hooks", first: [2, 4] }, { kind: "row", pod: "hooks", at: 5, status: "ContainerCreating", ready: "0/1", phase: "Pending" }] },
    { t: 8, checks: [{ kind: "row", pod: "hooks", at: 8, status: "Running", ready: "1/1", phase: "Running" }] },
    {
      t: 30,
      checks: [
        { kind: "row", pod: "hooks", at: 30, status: "Terminating", ready: "1/1" },
        { kind: "event", reason: "Killing", object: "hooks", message: "Stopping container web", first: [30, 30.5] },
      ],
    },
    { t: 41, checks: [{ kind: "row", pod: "hooks", at: 39, status: "Terminating" }, { kind: "deleted", pod: "hooks", within: [39, 42] }] },
  ],
  text: {
    en: {
      title: "postStart and preStop hooks",
      summary: "nginx with a postStart hook that takes 5 s and a preStop hook that waits 10 s before asking nginx to quit. The Pod is deleted at 30 s.",
      watch: "ContainerCreating lasting through the postStart hook, then Terminating for about 10 s after the delete.",
      moments: [
        {
          label: "postStart running",
          explain: "The container has started (Started event), but the kubelet runs postStart before it reports the container Running. STATUS stays ContainerCreating.",
          predict: {
            question: "The container has started (Started event) and its postStart hook is running. Does the hook run before the container's ENTRYPOINT?",
            choices: ["Yes: postStart prepares the container before its program starts", "No: it runs alongside, after the start", "No: it runs after the entrypoint has finished"],
            answer: 1,
            whys: [
              "A common belief, but the hook starts right after the container does; use an init container for work that must come first.",
              "postStart begins after the container is created and started; there is no ordering guarantee with the entrypoint.",
              "The entrypoint is the container's main process and normally runs for the container's whole life; the hook does not wait for it.",
            ],
          },
        },
        {
          label: "Running after the hook",
          explain: "The hook finished after 5 s; now the container is Running and Ready.",
          predict: {
            question: "The hook finished and the container is Running. What if the postStart command had exited 1?",
            choices: ["The container is killed and restarted under restartPolicy", "Nothing: a hook's result is only logged", "The Pod turns Failed at once"],
            answer: 0,
            whys: [
              "A failed postStart hook (FailedPostStartHook event) kills the container; restartPolicy decides what follows.",
              "A postStart failure is not ignored: the container is killed.",
              "The kill is like any other container exit; under Always or OnFailure it is restarted and the phase stays Running.",
            ],
          },
        },
        {
          label: "Delete: preStop first",
          explain: "kubectl delete sets the deletion timestamp: STATUS Terminating. The kubelet runs preStop first; SIGTERM comes only after the hook returns, all within the 30 s grace period.",
          predict: {
            question: "kubectl delete at 30 s: the preStop hook sleeps 10 s, then nginx quits. When does the Pod disappear?",
            choices: ["At once", "About 10 s later", "After the full 30 s grace period"],
            answer: 1,
            whys: [
              "Deletion waits for the containers to stop; preStop runs first, inside the grace period.",
              "preStop sleeps 10 s, then nginx quits; the container exits well before the grace period ends.",
              "30 s is the longest the kubelet waits; a container that stops earlier ends the wait.",
            ],
          },
        },
        {
          label: "Gone",
          explain: "About 10 s after the delete nginx has quit and the Pod object is removed.",
          predict: {
            question: "If preStop slept 40 s, what would happen?",
            choices: ["The kubelet waits the full 40 s", "The hook is cut off at 30 s; then SIGTERM, and SIGKILL 2 s later if the app is still running", "SIGKILL right away, skipping SIGTERM"],
            answer: 1,
            whys: [
              "The grace period covers preStop and the stop; a hook cannot extend it.",
              "A hook that uses up the grace period is abandoned; the container gets SIGTERM with a one-off 2 s extension, then SIGKILL (killContainer's minimum grace period).",
              "Even after the hook is cut off, the kubelet still sends the stop signal first, with a short extra grace of 2 s.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "nginx starts at about 3 s (Started event), and the postStart hook takes 10 s. What does kubectl get pods show at 8 s (READY STATUS RESTARTS)?",
          choices: ["0/1 ContainerCreating 0", "1/1 Running 0", "0/1 PodInitializing 0", "0/1 Running 0"],
          answer: 0,
          whys: [
            "The kubelet reports the container Running only after postStart returns (at about 13 s); until then it is still Waiting, ContainerCreating.",
            "nginx itself is running, but the kubelet holds the container's Running state until the hook has finished.",
            "PodInitializing belongs to Pods with init containers; a postStart hook is not an init container.",
            "The phase stays Pending while the only container is not yet reported Running, and STATUS shows its Waiting reason.",
          ],
        },
        {
          ...ask1,
          question: "/etc/app.conf does not exist, so the hook's cp fails: events FailedPostStartHook, then Killing, and STATUS goes PostStartHookError and CrashLoopBackOff. Which one change gets web Running?",
          choices: ["restartPolicy: OnFailure", "Make the hook succeed (cp … || true)", "restartPolicy: Never"],
          answer: 1,
          whys: [
            "The hook fails on every start, and every failure kills the container; OnFailure restarts it just like Always.",
            "A postStart hook that exits 0 lets the kubelet report the container Running.",
            "Then the first failed hook kills the container for good: the Pod ends Failed.",
          ],
        },
      ],
    },
    ko: {
      title: "postStart와 preStop 훅",
      summary: "5초가 걸리는 postStart 훅과, 10초 기다린 뒤 nginx에 종료를 요청하는 preStop 훅을 가진 nginx입니다. 30초에 파드를 삭제합니다.",
      watch: "postStart 훅이 도는 동안 이어지는 ContainerCreating, 그리고 삭제 후 약 10초 동안의 Terminating을 보세요.",
      moments: [
        {
          label: "postStart 실행 중",
          explain: "컨테이너는 시작되었지만(Started 이벤트) kubelet은 postStart를 마친 뒤에야 컨테이너를 Running으로 알립니다. STATUS는 ContainerCreating에 머뭅니다.",
          predict: {
            question: "컨테이너가 시작했고(Started 이벤트) postStart 훅이 실행 중입니다. 훅은 컨테이너의 ENTRYPOINT보다 먼저 실행될까요?",
            choices: ["그렇다: postStart는 프로그램이 시작하기 전에 컨테이너를 준비한다", "아니다: 시작 뒤에 나란히 실행된다", "아니다: 엔트리포인트가 끝난 뒤에 실행된다"],
            answer: 1,
            whys: [
              "흔한 오해입니다. 훅은 컨테이너가 시작한 바로 뒤에 시작합니다. 먼저 해야 하는 일은 초기화 컨테이너에 두세요.",
              "postStart는 컨테이너가 만들어지고 시작한 뒤에 시작하며, 엔트리포인트와의 순서는 보장되지 않습니다.",
              "엔트리포인트는 컨테이너의 주 프로세스라 보통 컨테이너가 사는 내내 실행됩니다. 훅은 그것을 기다리지 않습니다.",
            ],
          },
        },
        {
          label: "훅이 끝난 뒤 Running",
          explain: "5초 뒤 훅이 끝나고, 이제 컨테이너는 Running이며 Ready입니다.",
          predict: {
            question: "훅이 끝나고 컨테이너가 Running입니다. postStart 명령이 1로 종료했다면?",
            choices: ["kubelet이 컨테이너를 죽이고, 재시작 정책에 따라 재시작된다", "아무 일도 없다: 훅의 결과는 기록만 된다", "파드가 바로 Failed가 된다"],
            answer: 0,
            whys: [
              "postStart 훅이 실패하면(FailedPostStartHook 이벤트) 컨테이너가 죽고, 그다음은 재시작 정책이 정합니다.",
              "postStart의 실패는 무시되지 않습니다. 컨테이너가 죽습니다.",
              "죽는 것은 여느 컨테이너 종료와 같습니다. Always나 OnFailure에서는 재시작되고 단계는 Running으로 남습니다.",
            ],
          },
        },
        {
          label: "삭제: preStop 먼저",
          explain: "kubectl delete가 삭제 시각을 기록해 STATUS가 Terminating이 됩니다. kubelet은 preStop을 먼저 실행하고, 훅이 끝난 뒤에야 SIGTERM을 보냅니다. 모두 30초 유예 기간 안의 일입니다.",
          predict: {
            question: "30초에 kubectl delete. preStop 훅이 10초 동안 sleep한 뒤 nginx가 종료합니다. 파드는 언제 사라질까요?",
            choices: ["바로", "약 10초 뒤", "30초 유예 기간을 다 채운 뒤"],
            answer: 1,
            whys: [
              "삭제는 컨테이너가 멈추기를 기다립니다. preStop이 유예 기간 안에서 먼저 실행됩니다.",
              "preStop이 10초 동안 sleep하고 nginx가 종료합니다. 컨테이너는 유예 기간이 끝나기 한참 전에 끝납니다.",
              "30초는 kubelet이 기다리는 최대 시간입니다. 컨테이너가 먼저 멈추면 기다림도 끝납니다.",
            ],
          },
        },
        {
          label: "삭제 완료",
          explain: "삭제 후 약 10초 뒤 nginx가 종료하고 파드 오브젝트가 사라집니다.",
          predict: {
            question: "preStop이 40초 동안 sleep한다면?",
            choices: ["kubelet이 40초를 다 기다린다", "훅은 30초에 끊기고, SIGTERM을 보낸 뒤 앱이 남아 있으면 2초 뒤 SIGKILL", "SIGTERM 없이 바로 SIGKILL"],
            answer: 1,
            whys: [
              "유예 기간에 preStop과 멈추기가 모두 들어갑니다. 훅이 유예 기간을 늘릴 수는 없습니다.",
              "유예 기간을 다 쓴 훅은 버려지고, 컨테이너는 한 번만 주는 2초 연장과 함께 SIGTERM을 받은 뒤 SIGKILL을 받습니다(killContainer의 최소 유예 기간).",
              "훅이 중간에 끊겨도 kubelet은 먼저 중지 시그널을 보내고, 2초의 짧은 유예를 더 줍니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "nginx는 약 3초에 시작하고(Started 이벤트) postStart 훅은 10초 걸립니다. 8초에 kubectl get pods에는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["0/1 ContainerCreating 0", "1/1 Running 0", "0/1 PodInitializing 0", "0/1 Running 0"],
          answer: 0,
          whys: [
            "kubelet은 postStart가 끝나야(약 13초) 컨테이너를 Running으로 보고합니다. 그때까지는 Waiting, ContainerCreating입니다.",
            "nginx 자체는 실행 중이지만, kubelet은 훅이 끝날 때까지 컨테이너의 Running 상태를 미룹니다.",
            "PodInitializing은 초기화 컨테이너가 있는 파드의 것입니다. postStart 훅은 초기화 컨테이너가 아닙니다.",
            "하나뿐인 컨테이너가 아직 Running으로 보고되지 않았으니 단계는 Pending이고, STATUS에는 Waiting의 reason이 보입니다.",
          ],
        },
        {
          ...ask1,
          question: "/etc/app.conf가 없어서 훅의 cp가 실패합니다. 이벤트는 FailedPostStartHook, Killing이고 STATUS는 PostStartHookError와 CrashLoopBackOff를 오갑니다. 어떤 변경 하나로 web이 Running이 될까요?",
          choices: ["restartPolicy: OnFailure", "훅이 성공하게 한다(cp … || true)", "restartPolicy: Never"],
          answer: 1,
          whys: [
            "훅은 시작할 때마다 실패하고, 실패할 때마다 컨테이너가 죽습니다. OnFailure도 Always처럼 재시작할 뿐입니다.",
            "0으로 종료하는 postStart 훅이면 kubelet이 컨테이너를 Running으로 보고합니다.",
            "그러면 첫 훅 실패로 컨테이너가 영영 죽고, 파드는 Failed로 끝납니다.",
          ],
        },
      ],
    },
  },
};
