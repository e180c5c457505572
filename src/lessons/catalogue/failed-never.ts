import yaml from "../scenarios/failed-never.yaml?raw";
import type { Lesson } from "../types";

export const failedNever: Lesson = {
  id: "failed-never",
  topic: "phases",
  docs: ["podPhase", "restarts"],
  yaml,
  comments: { ko: { "A Pod whose only container exits 1 under restartPolicy Never: no restart, phase Failed.": "하나뿐인 컨테이너가 restartPolicy Never에서 1로 종료하는 파드: 재시작 없이 Failed 단계가 됩니다." } },
  moments: [
    { t: 2, checks: [{ kind: "row", pod: "once", at: 2, status: "Running", ready: "1/1", phase: "Running" }] },
    { t: 17, checks: [{ kind: "row", pod: "once", at: 17, status: "Error", ready: "0/1", restarts: "0", phase: "Failed" }] },
    {
      t: 60,
      checks: [
        { kind: "row", pod: "once", at: 60, status: "Error", restarts: "0", phase: "Failed" },
        { kind: "event", reason: "Started", object: "once", count: { min: 1, max: 1, before: 60 } },
      ],
    },
  ],
  text: {
    en: {
      title: "Failed: exit 1 under restartPolicy Never",
      summary: "The container exits 1 after 15 s. With restartPolicy Never nothing is retried: the container is Terminated with reason Error and the Pod's phase becomes Failed.",
      watch: "STATUS turns Error and stays; RESTARTS stays 0.",
      moments: [
        {
          label: "Running",
          explain: "The script prints, then sleeps 15 s. The Pod is Running.",
          predict: { question: "Which field decides what happens when this container exits?", choices: ["spec.restartPolicy", "terminationGracePeriodSeconds", "imagePullPolicy"], answer: 0, why: "The Pod's restartPolicy (Always, OnFailure, Never) decides whether an exited container is started again." },
        },
        {
          label: "Error, phase Failed",
          explain: "exit 1: the container is Terminated with reason Error and exit code 1. Under Never the kubelet does not restart it, and a non-zero exit makes the phase Failed.",
          predict: { question: "What phase does the Pod get?", choices: ["Running", "Failed", "Pending"], answer: 1, why: "Never with a non-zero exit is terminal: Failed." },
        },
        {
          label: "Never restarted",
          explain: "The container started exactly once. Failed is terminal; kubectl keeps showing Error.",
          predict: { question: "Would OnFailure have changed the outcome?", choices: ["Yes, it would restart after exit 1", "No"], answer: 0, why: "OnFailure restarts non-zero exits (with back-off) and keeps the phase Running meanwhile." },
        },
      ],
      questions: [
        { question: "Which combination leaves a Pod Failed?", choices: ["Always + exit 1", "OnFailure + exit 0", "Never + exit 1"], answer: 2, why: "Only Never gives up on a failing container; Always and OnFailure restart it." },
      ],
    },
    ko: {
      title: "Failed: restartPolicy Never에서 exit 1",
      summary: "컨테이너가 15초 뒤 1로 종료합니다. restartPolicy가 Never이면 다시 시도하지 않습니다. 컨테이너는 reason Error로 Terminated 상태가 되고 파드의 단계는 Failed가 됩니다.",
      watch: "STATUS가 Error로 바뀐 채 유지되고 RESTARTS는 0인지 보세요.",
      moments: [
        {
          label: "Running",
          explain: "스크립트가 메시지를 찍고 15초 동안 잠듭니다. 파드는 Running입니다.",
          predict: { question: "이 컨테이너가 종료되면 어떻게 될지 정하는 필드는?", choices: ["spec.restartPolicy", "terminationGracePeriodSeconds", "imagePullPolicy"], answer: 0, why: "파드의 restartPolicy(Always, OnFailure, Never)가 종료된 컨테이너를 다시 시작할지 정합니다." },
        },
        {
          label: "Error, phase Failed",
          explain: "exit 1로 컨테이너가 reason Error, 종료 코드 1로 Terminated됩니다. Never이므로 kubelet은 재시작하지 않고, 0이 아닌 종료 때문에 단계는 Failed가 됩니다.",
          predict: { question: "파드의 단계는 무엇이 될까요?", choices: ["Running", "Failed", "Pending"], answer: 1, why: "Never에서 0이 아닌 종료는 최종 상태인 Failed입니다." },
        },
        {
          label: "재시작 없음",
          explain: "컨테이너는 딱 한 번 시작되었습니다. Failed는 마지막 단계라서 kubectl은 계속 Error를 보여 줍니다.",
          predict: { question: "OnFailure였다면 결과가 달라졌을까요?", choices: ["예, exit 1 뒤에 재시작한다", "아니요"], answer: 0, why: "OnFailure는 0이 아닌 종료를 (백오프를 두고) 재시작하고, 그동안 단계는 Running으로 유지됩니다." },
        },
      ],
      questions: [
        { question: "파드가 Failed로 끝나는 조합은?", choices: ["Always + exit 1", "OnFailure + exit 0", "Never + exit 1"], answer: 2, why: "실패한 컨테이너를 포기하는 것은 Never뿐입니다. Always와 OnFailure는 재시작합니다." },
      ],
    },
  },
};
