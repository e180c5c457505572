import yaml from "../scenarios/liveness-exec.yaml?raw";
import type { Lesson } from "../types";

export const livenessExec: Lesson = {
  id: "liveness-exec",
  topic: "probes",
  docs: ["probes"],
  yaml,
  comments: { ko: { "The docs' exec liveness probe: /tmp/healthy is removed after 30 s, so `cat` starts failing.": "문서의 exec 활성 프로브: 30초 뒤 /tmp/healthy가 지워져 `cat`이 실패하기 시작합니다." } },
  moments: [
    {
      t: 35,
      checks: [
        { kind: "event", reason: "Unhealthy", object: "liveness-exec", message: { includes: "Liveness probe failed: cat: can't open '/tmp/healthy'" }, first: [32, 38] },
        { kind: "row", pod: "liveness-exec", at: 35, status: "Running", ready: "1/1", restarts: "0" },
      ],
    },
    {
      t: 45,
      checks: [
        { kind: "event", reason: "Killing", object: "liveness-exec", message: "Container liveness failed liveness probe, will be restarted", first: [42, 48] },
        { kind: "event", reason: "Unhealthy", object: "liveness-exec", count: { min: 3, max: 3, before: 45 } },
        { kind: "row", pod: "liveness-exec", at: 45, status: "Running", ready: "1/1", restarts: "0" },
      ],
    },
    { t: 76, checks: [{ kind: "row", pod: "liveness-exec", at: 74, status: "Running", restarts: "0" }, { kind: "row", pod: "liveness-exec", at: 76, status: "Running", ready: "1/1", restarts: "1" }] },
  ],
  text: {
    en: {
      title: "Liveness probe: exec",
      summary: "The docs' exec liveness probe runs cat /tmp/healthy every 5 s. The script deletes the file after 30 s; three failures later the kubelet kills the container and starts a new one.",
      watch: "The probe marks on the container lane, the Unhealthy events, and the long quiet gap before the restart.",
      moments: [
        {
          label: "First failure",
          explain: "The file is gone, cat exits 1 and its output becomes the Unhealthy event. One failure is not enough: failureThreshold is 3.",
          predict: { question: "When will the kubelet kill the container?", choices: ["Now", "After the third failure, about 10 s later", "Never"], answer: 1, why: "failureThreshold defaults to 3 consecutive failures at periodSeconds 5." },
        },
        {
          label: "Third failure: Killing",
          explain: "Third failure in a row: the kubelet sends SIGTERM. STATUS still says Running 1/1; liveness does not touch readiness.",
          predict: { question: "How long until the container is gone?", choices: ["At once", "About 30 s"], answer: 1, why: "PID 1 is sh, which ignores SIGTERM; the kubelet waits the 30 s grace period and then sends SIGKILL." },
        },
        {
          label: "Restarted after the grace period",
          explain: "SIGKILL at the end of the 30 s grace (exit 137), and the same sync starts a new container: RESTARTS 1. The new one has /tmp/healthy again for 30 s.",
          predict: { question: "Will this restart cycle repeat?", choices: ["Yes, about every 70 s", "No, liveness gives up"], answer: 0, why: "Each new container deletes the file after 30 s again; liveness keeps killing it." },
        },
      ],
      questions: [
        { question: "Which signal ends a shell PID 1 that ignores SIGTERM?", choices: ["SIGHUP", "SIGKILL after terminationGracePeriodSeconds", "None: it runs forever"], answer: 1, why: "After the grace period the runtime sends SIGKILL, which cannot be ignored (exit 137)." },
      ],
    },
    ko: {
      title: "활성 프로브: exec",
      summary: "문서의 exec 활성 프로브는 5초마다 cat /tmp/healthy를 실행합니다. 스크립트가 30초 뒤 파일을 지우면, 세 번 실패한 뒤 kubelet이 컨테이너를 죽이고 새로 시작합니다.",
      watch: "컨테이너 레인의 프로브 표시, Unhealthy 이벤트, 그리고 재시작 전의 긴 공백을 보세요.",
      moments: [
        {
          label: "첫 실패",
          explain: "파일이 없어 cat이 1로 종료하고, 그 출력이 Unhealthy 이벤트가 됩니다. 한 번 실패로는 부족합니다. failureThreshold는 3입니다.",
          predict: { question: "kubelet은 언제 컨테이너를 죽일까요?", choices: ["지금", "세 번째 실패 뒤, 약 10초 후", "죽이지 않는다"], answer: 1, why: "periodSeconds 5에서 failureThreshold 기본값은 연속 3번 실패입니다." },
        },
        {
          label: "세 번째 실패: Killing",
          explain: "연속 세 번째 실패로 kubelet이 SIGTERM을 보냅니다. 활성 프로브는 준비 상태를 건드리지 않으므로 STATUS는 여전히 Running 1/1입니다.",
          predict: { question: "컨테이너가 사라지기까지 얼마나 걸릴까요?", choices: ["바로", "약 30초"], answer: 1, why: "PID 1이 SIGTERM을 무시하는 sh라서 kubelet은 30초 유예 기간을 기다린 뒤 SIGKILL을 보냅니다." },
        },
        {
          label: "유예 기간 뒤 재시작",
          explain: "30초 유예가 끝나면 SIGKILL(exit 137), 같은 동기화에서 새 컨테이너가 시작되어 RESTARTS는 1이 됩니다. 새 컨테이너는 다시 30초 동안 /tmp/healthy를 가집니다.",
          predict: { question: "이 재시작 주기가 반복될까요?", choices: ["예, 약 70초마다", "아니요, 활성 프로브가 포기한다"], answer: 0, why: "새 컨테이너도 30초 뒤 파일을 지우므로 활성 프로브가 계속 죽입니다." },
        },
      ],
      questions: [
        { question: "SIGTERM을 무시하는 셸 PID 1은 어떤 신호로 끝날까요?", choices: ["SIGHUP", "terminationGracePeriodSeconds 뒤의 SIGKILL", "없다: 영원히 돈다"], answer: 1, why: "유예 기간이 지나면 런타임이 무시할 수 없는 SIGKILL을 보냅니다(exit 137)." },
      ],
    },
  },
};
