import yaml from "../scenarios/backoff-reset.yaml?raw";
import type { Lesson } from "../types";

export const backoffReset: Lesson = {
  id: "backoff-reset",
  topic: "backoff",
  docs: ["restarts"],
  yaml,
  comments: { ko: { "Three quick crashes grow the back-off; after 10 min of running it is forgotten.": "빠른 크래시 세 번으로 백오프가 늘어나고, 10분 동안 실행되면 백오프가 초기화됩니다." } },
  moments: [
    { t: 12, checks: [{ kind: "row", pod: "flaky", at: 11, status: "Error", restarts: "0" }, { kind: "row", pod: "flaky", at: 12, status: "Running", restarts: "1" }] },
    { t: 27, checks: [{ kind: "row", pod: "flaky", at: 26, status: "CrashLoopBackOff", restarts: "1" }, { kind: "row", pod: "flaky", at: 27, status: "Running", restarts: "2" }] },
    { t: 52, checks: [{ kind: "row", pod: "flaky", at: 51, status: "CrashLoopBackOff", restarts: "2" }, { kind: "row", pod: "flaky", at: 52, status: "Running", restarts: "3" }] },
    {
      t: 702,
      checks: [
        { kind: "row", pod: "flaky", at: 701, status: "Error", restarts: "3" },
        { kind: "row", pod: "flaky", at: 702, status: "Running", ready: "1/1", restarts: "4" },
      ],
    },
  ],
  text: {
    en: {
      title: "The back-off forgets after 10 minutes",
      summary: "Three quick crashes (scripted at 10 s, 15 s and 30 s) grow the back-off to 40 s. The container then runs for more than 10 minutes, so its next crash at 700 s is restarted at once.",
      watch: "The waits after each crash: none, about 10 s, about 20 s, and then none again.",
      moments: [
        {
          label: "Crash 1: immediate restart",
          explain: "The first crash is restarted at once and creates the back-off entry (10 s).",
          predict: { question: "The next crash comes 3 s after this restart. How long will the kubelet wait?", choices: ["0 s", "About 10 s", "About 40 s"], answer: 1, why: "The entry exists with 10 s, and the previous exit is not old enough." },
        },
        {
          label: "Crash 2: about 10 s",
          explain: "Crash at 15 s, CrashLoopBackOff, restart at 27 s: the 10 s wait plus the kubelet noticing the exit and starting the container.",
          predict: { question: "And after crash 3 at 30 s?", choices: ["About 10 s", "About 20 s", "About 80 s"], answer: 1, why: "The delay doubled to 20 s with the last restart." },
        },
        {
          label: "Crash 3: about 20 s",
          explain: "Restart 3 at 52 s. The next delay would be 40 s, but the container now runs calmly until 700 s.",
          predict: { question: "If it crashes after running 11 minutes, how long is the wait?", choices: ["40 s", "300 s", "None"], answer: 2, why: "A back-off entry older than 10 minutes has expired; the restart is treated like the first." },
        },
        {
          label: "Crash 4 after 10+ minutes: immediate",
          explain: "The crash at 700 s comes more than 600 s after the last restart, so the kubelet treats the back-off as expired: restarted at once, no CrashLoopBackOff.",
          predict: { question: "What does 'the back-off resets' protect against?", choices: ["Punishing a stable app for crashes long ago", "Restarting too fast"], answer: 0, why: "An app that ran well for 10 minutes gets a fresh start instead of a 5-minute wait." },
        },
      ],
      questions: [
        { question: "The reset happens when …", choices: ["the container has run for about 10 minutes", "the Pod is deleted", "300 s have passed since the last crash"], answer: 0, why: "The kubelet's back-off entry expires when the next exit comes more than 600 s after the last restart decision." },
      ],
    },
    ko: {
      title: "백오프는 10분 뒤 초기화된다",
      summary: "빠른 크래시 세 번(10초, 15초, 30초에 스크립트로 발생)으로 백오프가 40초까지 늘어납니다. 그 뒤 컨테이너가 10분 넘게 실행되므로, 700초의 다음 크래시는 바로 재시작됩니다.",
      watch: "크래시마다 기다리는 시간을 보세요. 없음, 약 10초, 약 20초, 그리고 다시 없음입니다.",
      moments: [
        {
          label: "크래시 1: 바로 재시작",
          explain: "첫 크래시는 바로 재시작되고 백오프 항목(10초)이 만들어집니다.",
          predict: { question: "다음 크래시는 이 재시작 3초 뒤입니다. kubelet은 얼마나 기다릴까요?", choices: ["0초", "약 10초", "약 40초"], answer: 1, why: "10초짜리 항목이 있고, 이전 종료가 충분히 오래되지 않았습니다." },
        },
        {
          label: "크래시 2: 약 10초",
          explain: "15초에 크래시, CrashLoopBackOff, 그리고 27초에 재시작합니다. 10초 대기에 kubelet이 종료를 알아채고 컨테이너를 시작하는 시간이 더해집니다.",
          predict: { question: "30초의 크래시 3 뒤에는?", choices: ["약 10초", "약 20초", "약 80초"], answer: 1, why: "지난 재시작에서 지연이 20초로 두 배가 되었습니다." },
        },
        {
          label: "크래시 3: 약 20초",
          explain: "52초에 세 번째 재시작입니다. 다음 지연은 40초가 될 차례지만, 컨테이너는 이제 700초까지 조용히 실행됩니다.",
          predict: { question: "11분 동안 실행된 뒤 크래시하면 얼마나 기다릴까요?", choices: ["40초", "300초", "기다리지 않는다"], answer: 2, why: "10분보다 오래된 백오프 항목은 만료되어, 첫 재시작처럼 처리됩니다." },
        },
        {
          label: "10분 넘게 실행 후 크래시 4: 바로",
          explain: "700초의 크래시는 마지막 재시작보다 600초 넘게 지난 뒤라서 kubelet은 백오프가 만료된 것으로 봅니다. 바로 재시작되고 CrashLoopBackOff도 없습니다.",
          predict: { question: "'백오프 초기화'는 무엇을 막아 줄까요?", choices: ["오래전 크래시로 안정된 앱을 벌주는 것", "너무 빠른 재시작"], answer: 0, why: "10분 동안 잘 돌던 앱은 5분 대기 대신 새로 출발합니다." },
        },
      ],
      questions: [
        { question: "초기화가 일어나는 때는?", choices: ["컨테이너가 약 10분 동안 실행되었을 때", "파드를 삭제했을 때", "마지막 크래시 후 300초가 지났을 때"], answer: 0, why: "다음 종료가 마지막 재시작 결정보다 600초 넘게 뒤에 오면 kubelet의 백오프 항목이 만료됩니다." },
      ],
    },
  },
};
