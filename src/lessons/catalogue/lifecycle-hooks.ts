import yaml from "../scenarios/lifecycle-hooks.yaml?raw";
import type { Lesson } from "../types";

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
          predict: { question: "Does the postStart hook run before the container's ENTRYPOINT?", choices: ["Yes", "No, alongside it, after the start"], answer: 1, why: "postStart runs right after the container is created and started; there is no ordering guarantee with the entrypoint." },
        },
        {
          label: "Running after the hook",
          explain: "The hook finished after 5 s; now the container is Running and Ready.",
          predict: { question: "What if the postStart command exited 1?", choices: ["The container is killed and restarted", "Nothing"], answer: 0, why: "A failed postStart hook (FailedPostStartHook) kills the container; restartPolicy decides what follows." },
        },
        {
          label: "Delete: preStop first",
          explain: "kubectl delete sets the deletion timestamp: STATUS Terminating. The kubelet runs preStop first; SIGTERM comes only after the hook returns, all within the 30 s grace period.",
          predict: { question: "When does the Pod disappear?", choices: ["At once", "About 10 s later", "After the full 30 s"], answer: 1, why: "preStop sleeps 10 s, then nginx quits; the container exits well before the grace period ends." },
        },
        {
          label: "Gone",
          explain: "About 10 s after the delete nginx has quit and the Pod object is removed.",
          predict: { question: "If preStop slept 40 s, what would happen?", choices: ["The kubelet waits 40 s", "The hook is cut off at 30 s; then SIGTERM, and SIGKILL 2 s later if the app is still running"], answer: 1, why: "The grace period covers preStop and the stop. A hook that uses it up is abandoned, the container gets SIGTERM with a one-off 2 s extension, then SIGKILL (killContainer's minimum grace period)." },
        },
      ],
      questions: [
        { question: "A preStop hook is a good place to …", choices: ["stop accepting traffic and drain before SIGTERM", "delay a Pod's start"], answer: 0, why: "preStop runs before the stop signal, inside the grace period, so the app can finish in-flight work." },
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
          predict: { question: "postStart 훅은 컨테이너의 ENTRYPOINT보다 먼저 실행될까요?", choices: ["예", "아니요, 시작 뒤에 함께 실행된다"], answer: 1, why: "postStart는 컨테이너가 만들어지고 시작된 직후 실행되며, 엔트리포인트와의 순서는 보장되지 않습니다." },
        },
        {
          label: "훅이 끝난 뒤 Running",
          explain: "5초 뒤 훅이 끝나고, 이제 컨테이너는 Running이며 Ready입니다.",
          predict: { question: "postStart 명령이 1로 종료했다면?", choices: ["컨테이너가 죽고 재시작된다", "아무 일 없다"], answer: 0, why: "postStart 훅이 실패하면(FailedPostStartHook) 컨테이너가 죽고, 그다음은 restartPolicy가 정합니다." },
        },
        {
          label: "삭제: preStop 먼저",
          explain: "kubectl delete가 삭제 시각을 기록해 STATUS가 Terminating이 됩니다. kubelet은 preStop을 먼저 실행하고, 훅이 끝난 뒤에야 SIGTERM을 보냅니다. 모두 30초 유예 기간 안의 일입니다.",
          predict: { question: "파드는 언제 사라질까요?", choices: ["바로", "약 10초 뒤", "30초를 다 채운 뒤"], answer: 1, why: "preStop이 10초 잠든 뒤 nginx가 종료하므로 유예 기간이 끝나기 한참 전에 컨테이너가 끝납니다." },
        },
        {
          label: "삭제 완료",
          explain: "삭제 후 약 10초 뒤 nginx가 종료하고 파드 오브젝트가 사라집니다.",
          predict: { question: "preStop이 40초 잠든다면?", choices: ["kubelet이 40초를 기다린다", "훅은 30초에서 끊기고, SIGTERM 뒤 앱이 그대로면 2초 뒤 SIGKILL"], answer: 1, why: "유예 기간은 preStop과 종료를 모두 포함합니다. 유예 기간을 다 쓴 훅은 버려지고, 컨테이너는 SIGTERM과 함께 한 번만 2초를 더 받은 뒤 SIGKILL을 받습니다(killContainer의 최소 유예 기간)." },
        },
      ],
      questions: [
        { question: "preStop 훅이 쓸모 있는 곳은?", choices: ["SIGTERM 전에 트래픽을 끊고 정리(drain)하기", "파드 시작 늦추기"], answer: 0, why: "preStop은 유예 기간 안에서 종료 신호보다 먼저 실행되므로 앱이 처리 중인 일을 마칠 수 있습니다." },
      ],
    },
  },
};
