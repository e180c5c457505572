import yaml from "../scenarios/init-wait-service.yaml?raw";
import type { Lesson } from "../types";

export const initWaitService: Lesson = {
  id: "init-wait-service",
  topic: "init",
  docs: ["initContainers"],
  yaml,
  comments: { ko: { "The docs' init containers wait for Services that a scripted apply creates at 60 s.": "문서의 초기화 컨테이너들이 서비스를 기다립니다. 시나리오가 60초에 kubectl apply로 서비스를 만듭니다." } },
  moments: [
    { t: 2, checks: [{ kind: "row", pod: "myapp-pod", at: 2, status: "Init:0/2", ready: "0/1", phase: "Pending" }] },
    { t: 59, checks: [{ kind: "row", pod: "myapp-pod", at: 59, status: "Init:0/2", restarts: "0", phase: "Pending" }] },
    { t: 62, checks: [{ kind: "row", pod: "myapp-pod", at: 62, status: "Init:1/2" }] },
    {
      t: 64,
      checks: [
        { kind: "row", pod: "myapp-pod", at: 63, status: "PodInitializing" },
        { kind: "row", pod: "myapp-pod", at: 64, status: "Running", ready: "1/1", phase: "Running" },
      ],
    },
  ],
  text: {
    en: {
      title: "Init containers wait for Services",
      summary: "The docs' example: two init containers loop on nslookup until the Services myservice and mydb exist. A scripted apply creates both at 60 s; then the init containers finish in order and the app starts.",
      watch: "STATUS Init:0/2 for a whole minute, then Init:1/2, PodInitializing, Running.",
      moments: [
        {
          label: "Init:0/2",
          explain: "init-myservice runs its until-loop: nslookup fails, sleep 2, again. The app container cannot start and the Pod is Pending.",
          predict: { question: "Do the two init containers run at the same time?", choices: ["Yes", "No, one after the other"], answer: 1, why: "Init containers run one at a time, each must exit 0 before the next starts." },
        },
        {
          label: "Still waiting",
          explain: "A minute in, nothing has changed and nothing restarted: the loop is not failing, it is waiting. Init:0/2 can last forever.",
          predict: { question: "What will unblock the Pod?", choices: ["A timeout", "The Services being created"], answer: 1, why: "The loop ends only when nslookup succeeds, that is, when the Service exists." },
        },
        {
          label: "Init:1/2",
          explain: "The Services appear at 60 s. init-myservice's next nslookup succeeds and it exits 0; init-mydb starts.",
          predict: { question: "init-mydb's Service also exists now. How long will it take?", choices: ["About a second", "Another minute"], answer: 0, why: "Its first nslookup already succeeds." },
        },
        {
          label: "PodInitializing, then Running",
          explain: "Both init containers completed; PodInitializing shows while the app container is being created, then the Pod is Running 1/1.",
          predict: { question: "Are init containers counted in READY?", choices: ["Yes", "No"], answer: 1, why: "READY counts regular containers (and started sidecars), not completed init containers." },
        },
      ],
      questions: [
        { question: "An init container exits 0. What runs next?", choices: ["The next init container, or the app containers if it was the last", "All init containers again"], answer: 0, why: "Init containers run once each, in order; then the regular containers start." },
      ],
    },
    ko: {
      title: "서비스를 기다리는 초기화 컨테이너",
      summary: "문서의 예제입니다. 초기화 컨테이너 두 개가 myservice와 mydb 서비스가 생길 때까지 nslookup을 반복합니다. 60초에 스크립트의 apply가 두 서비스를 만들면 초기화 컨테이너가 순서대로 끝나고 앱이 시작됩니다.",
      watch: "STATUS가 1분 내내 Init:0/2였다가 Init:1/2, PodInitializing, Running으로 바뀌는 것을 보세요.",
      moments: [
        {
          label: "Init:0/2",
          explain: "init-myservice가 until 루프를 돕니다. nslookup 실패, sleep 2, 다시 시도. 앱 컨테이너는 시작할 수 없고 파드는 Pending입니다.",
          predict: { question: "두 초기화 컨테이너가 동시에 실행될까요?", choices: ["예", "아니요, 하나씩 차례로"], answer: 1, why: "초기화 컨테이너는 하나씩 실행되고, 각각 0으로 끝나야 다음 것이 시작됩니다." },
        },
        {
          label: "계속 대기 중",
          explain: "1분이 지나도 바뀐 것도 재시작도 없습니다. 루프는 실패하는 게 아니라 기다리는 중이라서, Init:0/2는 끝없이 이어질 수 있습니다.",
          predict: { question: "무엇이 파드를 풀어 줄까요?", choices: ["타임아웃", "서비스 생성"], answer: 1, why: "루프는 nslookup이 성공할 때, 즉 서비스가 생겨야 끝납니다." },
        },
        {
          label: "Init:1/2",
          explain: "60초에 서비스가 생깁니다. init-myservice의 다음 nslookup이 성공해 0으로 종료하고 init-mydb가 시작됩니다.",
          predict: { question: "init-mydb의 서비스도 이미 있습니다. 얼마나 걸릴까요?", choices: ["1초 정도", "또 1분"], answer: 0, why: "첫 nslookup부터 성공합니다." },
        },
        {
          label: "PodInitializing, 그리고 Running",
          explain: "두 초기화 컨테이너가 완료되었습니다. 앱 컨테이너를 만드는 동안 PodInitializing이 보이고, 그다음 파드는 Running 1/1이 됩니다.",
          predict: { question: "초기화 컨테이너도 READY에 들어갈까요?", choices: ["예", "아니요"], answer: 1, why: "READY는 일반 컨테이너(와 시작된 사이드카)만 셉니다. 완료된 초기화 컨테이너는 세지 않습니다." },
        },
      ],
      questions: [
        { question: "초기화 컨테이너가 0으로 종료하면 다음에 무엇이 실행될까요?", choices: ["다음 초기화 컨테이너, 마지막이었다면 앱 컨테이너", "모든 초기화 컨테이너를 다시"], answer: 0, why: "초기화 컨테이너는 순서대로 한 번씩 실행되고, 그다음 일반 컨테이너가 시작됩니다." },
      ],
    },
  },
};
