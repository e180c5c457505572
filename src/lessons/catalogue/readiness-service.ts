import yaml from "../scenarios/readiness-service.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    readinessProbe:
      httpGet: {path: /ready, port: 80}
`,
  at: 30,
  check: { kind: "row", pod: "web" },
} satisfies QuestionSetup;

export const readinessService: Lesson = {
  id: "readiness-service",
  topic: "services",
  docs: ["services", "probes"],
  yaml,
  comments: { ko: { "Two pods behind a Service. web-2's readiness probe fails from 30 s to 90 s; 2 successes bring it back.": "서비스 뒤의 파드 두 개. web-2의 준비성 프로브가 30초부터 90초까지 실패하고, 두 번 성공하면 돌아옵니다." } },
  moments: [
    { t: 4, checks: [{ kind: "row", pod: "web-*", at: 4, status: "Running", ready: "1/1" }] },
    {
      t: 44,
      checks: [
        { kind: "event", reason: "Unhealthy", object: "web-2", message: "Readiness probe failed: HTTP probe failed with statuscode: 500", first: [30, 35] },
        { kind: "row", pod: "web-2", at: 43, ready: "1/1" },
        { kind: "row", pod: "web-2", at: 44, status: "Running", ready: "0/1", restarts: "0" },
        { kind: "row", pod: "web-1", at: 44, status: "Running", ready: "1/1" },
      ],
    },
    {
      t: 99,
      checks: [
        { kind: "row", pod: "web-2", at: 98, ready: "0/1" },
        { kind: "row", pod: "web-2", at: 99, status: "Running", ready: "1/1", restarts: "0" },
        { kind: "event", reason: "Killing", absent: true },
      ],
    },
  ],
  text: {
    en: {
      title: "Readiness takes a Pod out of a Service",
      summary: "Two nginx Pods behind the Service web. web-2's readiness probe fails from 30 s to 90 s (a scripted action). It leaves the Service's endpoints after 3 failures and returns after 2 successes (successThreshold 2). It is never restarted.",
      watch: "READY of web-2, and the Services panel: the endpoint list loses web-2 and gets it back.",
      moments: [
        {
          label: "Both Ready, both serving",
          explain: "Both Pods pass their readiness probe, so the EndpointSlice lists both as ready and the Service spreads traffic across them.",
          predict: {
            question: "Both Pods pass their readiness probe. What decides which Pods the Service sends traffic to?",
            choices: ["The selector and each Pod's Ready condition", "Only the selector", "Whether the container is running"],
            answer: 0,
            whys: [
              "The EndpointSlice controller lists the Pods matching the selector and marks each ready or not; only ready ones get traffic.",
              "The selector picks the candidates, but a Pod that is not Ready is kept out of the traffic.",
              "A running container can still be unready; readiness, not running, is what counts.",
            ],
          },
        },
        {
          label: "web-2 unready after 3 failures",
          explain: "web-2 fails at 5 s intervals; the third failure (failureThreshold 3) makes it 0/1 and the endpoints controller marks it not ready. The Service now sends everything to web-1.",
          predict: {
            question: "web-2 failed three readiness checks and is 0/1. Is its container restarted?",
            choices: ["Yes, like a liveness failure", "No", "Yes, if the failures go on long enough"],
            answer: 1,
            whys: [
              "Only liveness and startup probes restart a container. Readiness failures never do.",
              "Readiness never restarts anything; the container keeps running, is probed again, and returns when it passes.",
              "There is no such limit: a readiness probe can fail forever without a restart.",
            ],
          },
        },
        {
          label: "Back after 2 successes",
          explain: "The probe passes again from 90 s; with successThreshold 2 it takes two successes, 5 s apart, before web-2 is Ready and back in the Service.",
          predict: {
            question: "The probe passes again from 90 s. Why use successThreshold 2 rather than 1?",
            choices: ["To avoid flapping in and out of the Service", "To restart faster", "Because readiness needs 2 by default"],
            answer: 0,
            whys: [
              "Requiring several successes keeps a shaky Pod out until it is steadily healthy.",
              "Readiness does not restart anything, whatever its thresholds.",
              "The default successThreshold is 1 (and liveness and startup must use 1).",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "nginx has no /ready page and answers 404. What does kubectl get pods show for web 30 s after apply (READY STATUS RESTARTS)?",
          choices: ["0/1 Running 0", "0/1 CrashLoopBackOff 2", "1/1 Running 0", "0/1 Running 3"],
          answer: 0,
          whys: [
            "The container runs (Running) but never passes readiness, so READY stays 0/1; readiness failures restart nothing.",
            "Readiness failures do not restart or kill the container; only liveness and startup probes do.",
            "nginx answers, but 404 is outside 200–399: every check fails, and readiness starts as failed.",
            "RESTARTS counts container restarts, not probe failures; those show as Unhealthy events.",
          ],
        },
        {
          question: "Service web selects web-1 and web-2; web-2's readiness fails for a minute. During that minute, clients call the Service 10 times. Where do the calls go?",
          choices: ["All 10 to web-1", "About 5 to each; the ones to web-2 fail", "web-2 is restarted, then the calls are shared again", "None: the Service is down until both are Ready"],
          answer: 0,
          whys: [
            "web-2 is marked not ready in the EndpointSlice, so the Service sends traffic only to web-1; web-2 comes back after passing again.",
            "That is what would happen without readiness: its whole point is to take the Pod out of the traffic.",
            "Readiness does not restart web-2; it only leaves the endpoints until it passes again.",
            "A Service serves through whichever endpoints are ready; one ready Pod is enough.",
          ],
        },
      ],
    },
    ko: {
      title: "준비성 프로브가 파드를 서비스에서 뺀다",
      summary: "web 서비스 뒤에 nginx 파드 두 개가 있습니다. web-2의 준비성 프로브가 30초부터 90초까지 실패합니다(스크립트 동작). 3번 실패하면 서비스 엔드포인트에서 빠지고, 2번 성공하면(successThreshold 2) 돌아옵니다. 재시작은 한 번도 없습니다.",
      watch: "web-2의 READY와 서비스 패널을 보세요. 엔드포인트 목록에서 web-2가 빠졌다가 돌아옵니다.",
      moments: [
        {
          label: "둘 다 Ready, 둘 다 서비스 중",
          explain: "두 파드 모두 준비성 프로브를 통과하므로 엔드포인트슬라이스가 둘 다 준비됨(ready)으로 올리고, 서비스는 트래픽을 두 파드에 나눕니다.",
          predict: {
            question: "두 파드 모두 준비성 프로브를 통과합니다. 서비스가 어느 파드로 트래픽을 보낼지 무엇이 정할까요?",
            choices: ["셀렉터와 각 파드의 Ready 컨디션", "셀렉터만", "컨테이너가 실행 중인지"],
            answer: 0,
            whys: [
              "엔드포인트슬라이스 컨트롤러가 셀렉터에 맞는 파드를 나열하고 준비 여부를 표시합니다. 준비된 파드만 트래픽을 받습니다.",
              "셀렉터는 후보를 고를 뿐이고, Ready가 아닌 파드는 트래픽에서 빠집니다.",
              "실행 중인 컨테이너도 준비되지 않을 수 있습니다. 중요한 것은 실행 여부가 아니라 준비 여부입니다.",
            ],
          },
        },
        {
          label: "3번 실패 뒤 web-2가 준비되지 않음",
          explain: "web-2가 5초 간격으로 실패하고, 세 번째 실패(failureThreshold 3)에서 0/1이 되며 엔드포인트 컨트롤러가 준비되지 않음으로 표시합니다. 이제 서비스는 모든 트래픽을 web-1로 보냅니다.",
          predict: {
            question: "web-2가 준비성 검사에 세 번 실패해 0/1입니다. 컨테이너가 재시작될까요?",
            choices: ["그렇다, 활성 프로브 실패처럼", "아니다", "그렇다, 실패가 충분히 오래 이어지면"],
            answer: 1,
            whys: [
              "컨테이너를 재시작하는 것은 활성 프로브와 시작 프로브뿐입니다. 준비성 프로브 실패는 그러지 않습니다.",
              "준비성 프로브는 아무것도 재시작하지 않습니다. 컨테이너는 계속 실행되며 다시 검사받고, 통과하면 돌아옵니다.",
              "그런 한계는 없습니다. 준비성 프로브는 재시작 없이 영원히 실패할 수도 있습니다.",
            ],
          },
        },
        {
          label: "2번 성공 뒤 복귀",
          explain: "90초부터 프로브가 다시 통과합니다. successThreshold 2라서 5초 간격으로 두 번 성공해야 web-2가 Ready가 되어 서비스로 돌아옵니다.",
          predict: {
            question: "90초부터 프로브가 다시 통과합니다. successThreshold를 1이 아니라 2로 두는 이유는?",
            choices: ["서비스에 들어갔다 나갔다 하는 것을 막으려고", "더 빨리 재시작하려고", "준비성 프로브는 기본으로 2가 필요해서"],
            answer: 0,
            whys: [
              "여러 번 성공해야 하면 불안정한 파드는 꾸준히 건강해질 때까지 빠져 있습니다.",
              "임곗값이 무엇이든 준비성 프로브는 아무것도 재시작하지 않습니다.",
              "successThreshold의 기본값은 1입니다(활성 프로브와 시작 프로브는 1이어야 함).",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "nginx에는 /ready 페이지가 없어서 404를 응답합니다. 적용하고 30초 뒤 kubectl get pods에 web은 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["0/1 Running 0", "0/1 CrashLoopBackOff 2", "1/1 Running 0", "0/1 Running 3"],
          answer: 0,
          whys: [
            "컨테이너는 실행 중(Running)이지만 준비성 프로브를 통과하지 못해 READY는 0/1로 남습니다. 준비성 프로브 실패는 아무것도 재시작하지 않습니다.",
            "준비성 프로브 실패는 컨테이너를 재시작하거나 죽이지 않습니다. 그렇게 하는 것은 활성 프로브와 시작 프로브뿐입니다.",
            "nginx가 응답하긴 하지만 404는 200–399 밖입니다. 검사마다 실패하고, 준비성 프로브는 실패 상태로 시작합니다.",
            "RESTARTS는 프로브 실패가 아니라 컨테이너 재시작을 셉니다. 프로브 실패는 Unhealthy 이벤트로 보입니다.",
          ],
        },
        {
          question: "서비스 web은 web-1과 web-2를 고릅니다. web-2의 준비성 프로브가 1분 동안 실패합니다. 그 1분 동안 클라이언트가 서비스를 10번 호출합니다. 호출은 어디로 갈까요?",
          choices: ["10번 모두 web-1로", "각각 5번 정도, web-2로 간 것은 실패", "web-2가 재시작된 뒤 다시 나뉜다", "둘 다 Ready가 될 때까지 서비스가 멈춘다"],
          answer: 0,
          whys: [
            "엔드포인트슬라이스에서 web-2가 준비되지 않음으로 표시되니 서비스는 web-1로만 보냅니다. web-2는 다시 통과하면 돌아옵니다.",
            "준비성 프로브가 없다면 그렇게 됩니다. 준비성 프로브의 목적이 바로 파드를 트래픽에서 빼는 것입니다.",
            "준비성 프로브는 web-2를 재시작하지 않습니다. 다시 통과할 때까지 엔드포인트에서 빠질 뿐입니다.",
            "서비스는 준비된 엔드포인트로 응답합니다. 준비된 파드 하나면 충분합니다.",
          ],
        },
      ],
    },
  },
};
