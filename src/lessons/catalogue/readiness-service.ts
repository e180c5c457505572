import yaml from "../scenarios/readiness-service.yaml?raw";
import type { Lesson } from "../types";

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
          predict: { question: "What decides which Pods a Service sends traffic to?", choices: ["The selector and the Pods' Ready condition", "Only the selector"], answer: 0, why: "The endpoints controller lists the matching Pods and marks each ready or not." },
        },
        {
          label: "web-2 unready after 3 failures",
          explain: "web-2 fails at 5 s intervals; the third failure (failureThreshold 3) makes it 0/1 and the endpoints controller marks it not ready. The Service now sends everything to web-1.",
          predict: { question: "Is web-2's container restarted?", choices: ["Yes", "No"], answer: 1, why: "Readiness never restarts anything; the container keeps running and is probed again." },
        },
        {
          label: "Back after 2 successes",
          explain: "The probe passes again from 90 s; with successThreshold 2 it takes two successes, 5 s apart, before web-2 is Ready and back in the Service.",
          predict: { question: "Why use successThreshold above 1?", choices: ["To avoid flapping in and out of the Service", "To restart faster"], answer: 0, why: "Requiring several successes keeps a shaky Pod out until it is steadily healthy." },
        },
      ],
      questions: [
        { question: "A Pod's readiness probe fails for a minute. What happens?", choices: ["It is restarted", "It stops receiving Service traffic, then gets it back", "It is deleted"], answer: 1, why: "Readiness controls membership in the Service endpoints, nothing else." },
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
          predict: { question: "서비스가 어느 파드로 트래픽을 보낼지 정하는 것은?", choices: ["셀렉터와 파드의 Ready 컨디션", "셀렉터만"], answer: 0, why: "엔드포인트 컨트롤러가 셀렉터에 맞는 파드를 나열하고 각각 준비 여부를 표시합니다." },
        },
        {
          label: "3번 실패 뒤 web-2 준비되지 않음",
          explain: "web-2가 5초 간격으로 실패하고, 세 번째 실패(failureThreshold 3)에서 0/1이 되며 엔드포인트 컨트롤러가 준비되지 않음으로 표시합니다. 이제 서비스는 모든 트래픽을 web-1로 보냅니다.",
          predict: { question: "web-2의 컨테이너는 재시작될까요?", choices: ["예", "아니요"], answer: 1, why: "준비성 프로브는 아무것도 재시작하지 않습니다. 컨테이너는 계속 돌고 프로브도 계속 받습니다." },
        },
        {
          label: "2번 성공 뒤 복귀",
          explain: "90초부터 프로브가 다시 통과합니다. successThreshold 2라서 5초 간격으로 두 번 성공해야 web-2가 Ready가 되어 서비스로 돌아옵니다.",
          predict: { question: "successThreshold를 1보다 크게 두는 이유는?", choices: ["서비스에 들락날락하는 것(flapping)을 막으려고", "더 빨리 재시작하려고"], answer: 0, why: "여러 번 성공을 요구하면 불안정한 파드가 꾸준히 건강해질 때까지 빠져 있습니다." },
        },
      ],
      questions: [
        { question: "파드의 준비성 프로브가 1분 동안 실패하면?", choices: ["재시작된다", "서비스 트래픽을 못 받다가 다시 받는다", "삭제된다"], answer: 1, why: "준비성 프로브는 서비스 엔드포인트에 들어가는지만 정하고, 다른 것은 하지 않습니다." },
      ],
    },
  },
};
