import yaml from "../scenarios/succeeded-onfailure.yaml?raw";
import type { Lesson } from "../types";

export const succeededOnFailure: Lesson = {
  id: "succeeded-onfailure",
  topic: "phases",
  docs: ["podPhase", "restarts"],
  yaml,
  comments: { ko: { "A batch-style Pod: it works for 20 s and exits 0; under OnFailure it is not restarted.": "배치 작업 같은 파드: 20초 동안 일하고 0으로 종료합니다. OnFailure에서는 재시작되지 않습니다." } },
  moments: [
    { t: 2, checks: [{ kind: "row", pod: "batch", at: 2, status: "Running", ready: "1/1", phase: "Running" }] },
    { t: 22, checks: [{ kind: "row", pod: "batch", at: 22, status: "Completed", ready: "0/1", restarts: "0", phase: "Succeeded" }] },
    {
      t: 60,
      checks: [
        { kind: "row", pod: "batch", at: 60, status: "Completed", restarts: "0", phase: "Succeeded" },
        { kind: "event", reason: "BackOff", object: "batch", absent: true },
        { kind: "event", reason: "Started", object: "batch", count: { min: 1, max: 1, before: 60 } },
      ],
    },
  ],
  text: {
    en: {
      title: "Running, then Succeeded (restartPolicy OnFailure)",
      summary: "A batch-style container works for 20 s and exits 0. With restartPolicy OnFailure a clean exit is final: the Pod ends Succeeded.",
      watch: "STATUS goes from Running to Completed and RESTARTS stays 0.",
      moments: [
        {
          label: "Running",
          explain: "The container started, so the phase is Running. READY is 1/1 because there is no readiness probe: a running container counts as ready.",
          predict: { question: "Is a Pod without a readiness probe Ready as soon as its container runs?", choices: ["Yes", "No, it waits 10 s first"], answer: 0, why: "Without a readiness probe the kubelet treats a running container as ready." },
        },
        {
          label: "Completed, phase Succeeded",
          explain: "The script exits 0 after sleep 20. Every container ended with 0 and the policy is not Always, so the kubelet sets the phase to Succeeded; kubectl prints the container's reason, Completed.",
          predict: { question: "What will the kubelet do after the exit 0?", choices: ["Restart the container", "Nothing: the Pod is done"], answer: 1, why: "OnFailure restarts only non-zero exits; exit 0 makes the Pod Succeeded." },
        },
        {
          label: "Still done",
          explain: "A minute later nothing has changed: no restart, no BackOff event. A Succeeded Pod never runs again; only a controller such as a Job would create a new Pod.",
          predict: { question: "How many times did the container start?", choices: ["Once", "Twice", "It keeps restarting"], answer: 0, why: "There was only one Started event; a terminal phase is never left." },
        },
      ],
      questions: [
        { question: "The same container under restartPolicy Always: what would you see after the exit 0?", choices: ["Completed forever", "A restart, and later CrashLoopBackOff", "phase Failed"], answer: 1, why: "Always restarts every exit, even 0, with the crash-loop back-off. See the 'restartPolicy Always restarts exit 0' lesson." },
      ],
    },
    ko: {
      title: "Running에서 Succeeded로 (restartPolicy OnFailure)",
      summary: "배치 작업 같은 컨테이너가 20초 동안 일하고 0으로 종료합니다. restartPolicy가 OnFailure이면 정상 종료로 끝이고, 파드는 Succeeded가 됩니다.",
      watch: "STATUS가 Running에서 Completed로 바뀌고 RESTARTS는 0으로 유지되는지 보세요.",
      moments: [
        {
          label: "Running",
          explain: "컨테이너가 시작되었으니 단계는 Running입니다. 준비성 프로브가 없어서 실행 중인 컨테이너는 바로 준비된 것으로 보므로 READY는 1/1입니다.",
          predict: { question: "준비성 프로브가 없는 파드는 컨테이너가 실행되자마자 Ready일까요?", choices: ["예", "아니요, 먼저 10초를 기다린다"], answer: 0, why: "준비성 프로브가 없으면 kubelet은 실행 중인 컨테이너를 준비된 것으로 취급합니다." },
        },
        {
          label: "Completed, phase Succeeded",
          explain: "sleep 20이 끝나고 스크립트가 0으로 종료합니다. 모든 컨테이너가 0으로 끝났고 정책이 Always가 아니므로 kubelet은 단계를 Succeeded로 정하고, kubectl은 컨테이너의 reason인 Completed를 보여 줍니다.",
          predict: { question: "exit 0 뒤에 kubelet은 무엇을 할까요?", choices: ["컨테이너를 재시작한다", "아무것도 안 한다: 파드는 끝났다"], answer: 1, why: "OnFailure는 0이 아닌 종료만 재시작합니다. exit 0이면 파드는 Succeeded가 됩니다." },
        },
        {
          label: "그대로 끝난 상태",
          explain: "1분이 지나도 재시작도 BackOff 이벤트도 없습니다. Succeeded가 된 파드는 다시 실행되지 않습니다. 다시 돌리려면 잡(Job) 같은 컨트롤러가 새 파드를 만들어야 합니다.",
          predict: { question: "컨테이너는 몇 번 시작되었을까요?", choices: ["한 번", "두 번", "계속 재시작된다"], answer: 0, why: "Started 이벤트는 한 번뿐입니다. 종료 단계는 다시 바뀌지 않습니다." },
        },
      ],
      questions: [
        { question: "같은 컨테이너를 restartPolicy Always로 돌리면 exit 0 뒤에 무엇이 보일까요?", choices: ["계속 Completed", "재시작, 그리고 나중에 CrashLoopBackOff", "phase Failed"], answer: 1, why: "Always는 0으로 끝나도 모든 종료를 재시작하고, 크래시 루프 백오프도 똑같이 적용됩니다. 'restartPolicy Always는 exit 0도 재시작' 레슨을 보세요." },
      ],
    },
  },
};
