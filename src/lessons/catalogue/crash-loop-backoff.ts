import yaml from "../scenarios/crash-loop-backoff.yaml?raw";
import type { Lesson } from "../types";

export const crashLoopBackoff: Lesson = {
  id: "crash-loop-backoff",
  topic: "backoff",
  docs: ["restarts"],
  yaml,
  comments: { ko: { "exit 1 under restartPolicy Always: restart at once, then wait 10, 20, 40 ... up to 300 s.": "restartPolicy Always에서 exit 1: 바로 재시작한 뒤 10, 20, 40 ... 최대 300초를 기다립니다." } },
  moments: [
    { t: 3, checks: [{ kind: "row", pod: "crash", at: 2, status: "Error", restarts: "0" }, { kind: "row", pod: "crash", at: 3, status: "Error", restarts: "1", phase: "Running" }] },
    {
      t: 14,
      checks: [
        { kind: "row", pod: "crash", at: 13, status: "CrashLoopBackOff", restarts: "1" },
        { kind: "row", pod: "crash", at: 14, restarts: "2" },
        { kind: "event", reason: "BackOff", object: "crash", message: { matches: "^Back-off restarting failed container app in pod crash_default\\(" }, first: [3, 14] },
      ],
    },
    { t: 35, checks: [{ kind: "row", pod: "crash", at: 34, restarts: "2" }, { kind: "row", pod: "crash", at: 35, restarts: "3" }] },
    { t: 157, checks: [{ kind: "row", pod: "crash", at: 156, status: "CrashLoopBackOff", restarts: "4" }, { kind: "row", pod: "crash", at: 157, restarts: "5" }] },
    { t: 619, checks: [{ kind: "row", pod: "crash", at: 617, restarts: "6" }, { kind: "row", pod: "crash", at: 619, restarts: "7", phase: "Running" }] },
  ],
  text: {
    en: {
      title: "CrashLoopBackOff: 10 s doubling to 300 s",
      summary: "A container that exits 1 at once under restartPolicy Always. The kubelet restarts it immediately the first time, then waits 10, 20, 40, 80, 160 and at most 300 s after each exit.",
      watch: "The RESTARTS column and the gaps between restarts on the timeline; each gap is twice the one before.",
      moments: [
        {
          label: "First restart: immediate",
          explain: "The first exit has no back-off yet: the kubelet starts the container again at once, and it exits again.",
          predict: { question: "How long will the kubelet wait before the next restart?", choices: ["0 s", "10 s", "300 s"], answer: 1, why: "The first restart created the back-off entry with a 10 s delay." },
        },
        {
          label: "10 s back-off",
          explain: "STATUS shows CrashLoopBackOff while the container waits; restart 2 comes about 10 s after the exit. kubectl first shows Error, because the status is written before the sync that records the back-off.",
          predict: { question: "What is the next wait?", choices: ["10 s", "20 s", "60 s"], answer: 1, why: "Each allowed restart doubles the delay." },
        },
        {
          label: "20 s back-off",
          explain: "Restart 3, about 20 s after the exit. The pattern is 10, 20, 40, 80, 160 s.",
          predict: { question: "Which restart number waits 80 s?", choices: ["4", "5", "6"], answer: 1, why: "Restart 2 waits 10 s, 3 waits 20, 4 waits 40, 5 waits 80." },
        },
        {
          label: "80 s back-off",
          explain: "Restart 5 follows an 80 s wait (2m37s on the clock). The phase is still Running: under Always a crash-looping Pod never becomes Failed.",
          predict: { question: "What is the longest wait?", choices: ["320 s", "300 s", "It keeps doubling"], answer: 1, why: "The crash-loop back-off is capped at 300 s (5 minutes)." },
        },
        {
          label: "Capped at 300 s",
          explain: "After 160 s comes the cap: restart 7 follows a 300 s wait. From now on the container is retried every 5 minutes.",
          predict: { question: "What would reset the delay to 10 s?", choices: ["The container running for 10 minutes", "Nothing", "A BackOff event"], answer: 0, why: "The kubelet forgets the back-off once a container has run for 10 minutes." },
        },
      ],
      questions: [
        { question: "A container exits 1 at t=0 for the first time. When does RESTARTS reach 3?", choices: ["About 30 s", "About 35 s", "About 70 s"], answer: 1, why: "0 s for the first restart, 10 s and 20 s for the next two, plus a second for each start." },
      ],
    },
    ko: {
      title: "CrashLoopBackOff: 10초부터 두 배씩, 최대 300초",
      summary: "restartPolicy Always에서 곧바로 1로 종료하는 컨테이너입니다. kubelet은 처음에는 바로 재시작하고, 그다음부터는 종료할 때마다 10, 20, 40, 80, 160초, 최대 300초를 기다립니다.",
      watch: "RESTARTS 열과 타임라인의 재시작 간격을 보세요. 간격이 매번 앞의 두 배로 늘어납니다.",
      moments: [
        {
          label: "첫 재시작: 바로",
          explain: "첫 종료에는 아직 백오프가 없어서 kubelet이 바로 다시 시작하고, 컨테이너는 또 바로 종료합니다.",
          predict: { question: "다음 재시작 전에 kubelet은 얼마나 기다릴까요?", choices: ["0초", "10초", "300초"], answer: 1, why: "첫 재시작 때 지연 10초짜리 백오프 항목이 만들어졌습니다." },
        },
        {
          label: "10초 백오프",
          explain: "기다리는 동안 STATUS는 CrashLoopBackOff이고, 두 번째 재시작은 종료 후 약 10초 뒤입니다. kubectl이 처음에 Error를 보여 주는 것은 백오프를 기록하는 동기화보다 status를 먼저 쓰기 때문입니다.",
          predict: { question: "다음 대기는 얼마일까요?", choices: ["10초", "20초", "60초"], answer: 1, why: "재시작이 허용될 때마다 지연이 두 배가 됩니다." },
        },
        {
          label: "20초 백오프",
          explain: "종료 후 약 20초 뒤 세 번째 재시작입니다. 규칙은 10, 20, 40, 80, 160초입니다.",
          predict: { question: "80초를 기다리는 것은 몇 번째 재시작일까요?", choices: ["4", "5", "6"], answer: 1, why: "2번째는 10초, 3번째는 20초, 4번째는 40초, 5번째는 80초를 기다립니다." },
        },
        {
          label: "80초 백오프",
          explain: "다섯 번째 재시작은 80초를 기다린 뒤(시계로 2m37s) 일어납니다. 단계는 여전히 Running입니다. Always에서 크래시 루프에 빠진 파드는 Failed가 되지 않습니다.",
          predict: { question: "가장 긴 대기는 얼마일까요?", choices: ["320초", "300초", "계속 두 배로 늘어난다"], answer: 1, why: "크래시 루프 백오프의 상한은 300초(5분)입니다." },
        },
        {
          label: "상한 300초",
          explain: "160초 다음은 상한입니다. 일곱 번째 재시작은 300초를 기다린 뒤 일어나고, 이제부터는 5분마다 다시 시도합니다.",
          predict: { question: "지연을 다시 10초로 되돌리는 것은?", choices: ["컨테이너가 10분 동안 실행되는 것", "없다", "BackOff 이벤트"], answer: 0, why: "컨테이너가 10분 동안 실행되면 kubelet은 백오프를 잊습니다." },
        },
      ],
      questions: [
        { question: "컨테이너가 t=0에 처음 1로 종료합니다. RESTARTS가 3이 되는 때는?", choices: ["약 30초", "약 35초", "약 70초"], answer: 1, why: "첫 재시작은 0초, 다음 두 번은 10초와 20초를 기다리고, 시작할 때마다 1초 정도 더 걸립니다." },
      ],
    },
  },
};
