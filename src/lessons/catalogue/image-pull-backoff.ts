import yaml from "../scenarios/image-pull-backoff.yaml?raw";
import type { Lesson } from "../types";

export const imagePullBackoff: Lesson = {
  id: "image-pull-backoff",
  topic: "containerStates",
  docs: ["imagePullBackOff"],
  yaml,
  comments: { ko: { "A typo in the tag: nginx:1.161 does not exist, so the pull fails and backs off.": "태그의 오타: nginx:1.161은 없으므로 이미지 풀이 실패하고 백오프합니다." } },
  moments: [
    {
      t: 2, focus: { kubectl: "events" },
      checks: [
        { kind: "row", pod: "typo", at: 2, status: "ErrImagePull", ready: "0/1", restarts: "0", phase: "Pending" },
        { kind: "event", reason: "Failed", object: "typo", message: { includes: "nginx:1.161: not found" }, first: [1, 3] },
      ],
    },
    {
      t: 12, focus: { kubectl: "events" },
      checks: [
        { kind: "row", pod: "typo", at: 12, status: "ImagePullBackOff" },
        { kind: "event", reason: "BackOff", object: "typo", message: 'Back-off pulling image "nginx:1.161"', first: [2, 12] },
        { kind: "event", reason: "Pulling", object: "typo", count: { min: 2, max: 2, before: 12 } },
      ],
    },
    {
      t: 33, focus: { kubectl: "events" },
      checks: [
        { kind: "event", reason: "Pulling", object: "typo", count: { min: 2, max: 2, before: 31 } },
        { kind: "event", reason: "Pulling", object: "typo", count: { min: 3, max: 3, before: 33 } },
      ],
    },
    {
      t: 154, focus: { kubectl: "events" },
      checks: [
        { kind: "event", reason: "Pulling", object: "typo", count: { min: 4, max: 4, before: 150 } },
        { kind: "event", reason: "Pulling", object: "typo", count: { min: 5, max: 5, before: 154 } },
        { kind: "row", pod: "typo", at: 154, restarts: "0", phase: "Pending" },
      ],
    },
  ],
  text: {
    en: {
      title: "ErrImagePull and ImagePullBackOff",
      summary: "A typo in the tag (nginx:1.161) makes every pull fail. The container stays Waiting and the kubelet retries with its own back-off: 10 s, doubling up to 300 s.",
      watch: "The Pulling events in get events: the gaps between pull attempts grow. STATUS alternates between ErrImagePull and ImagePullBackOff.",
      moments: [
        {
          label: "ErrImagePull",
          explain: "The registry answers not found. The container is Waiting with reason ErrImagePull; the Pod stays Pending because nothing ever started.",
          predict: { question: "Does RESTARTS count failed pulls?", choices: ["Yes", "No"], answer: 1, why: "RESTARTS counts container restarts; no container was created." },
        },
        {
          label: "ImagePullBackOff, second attempt",
          explain: "About 10 s after the first failure the kubelet pulls again (a second Pulling event). STATUS says ImagePullBackOff because the kubelet writes the status at the start of a sync, before that sync's pull: it lags one sync behind.",
          predict: { question: "When is the third pull attempt?", choices: ["About 20 s after the second", "About 10 s after the second", "After 300 s"], answer: 0, why: "Each failure doubles the image-pull back-off: 10 s, then 20 s." },
        },
        {
          label: "Third attempt, 20 s later",
          explain: "The back-off doubled to 20 s. In between, the kubelet re-syncs the Pod every 10 s and only reports Back-off pulling image.",
          predict: { question: "What gap comes after this one?", choices: ["20 s again", "About 40 s", "About 80 s"], answer: 1, why: "10, 20, 40, 80 … up to the 300 s cap." },
        },
        {
          label: "Fifth attempt, 80 s later",
          explain: "The waits grew 10, 20, 40, 80 s. A Pod with a wrong image never recovers by itself: fix the image and the next attempt succeeds.",
          predict: { question: "What is the longest wait between pulls?", choices: ["80 s", "300 s", "10 min"], answer: 1, why: "The image-pull back-off is capped at 300 s, like the crash-loop back-off." },
        },
      ],
      questions: [
        { question: "ErrImagePull, ImagePullBackOff and CrashLoopBackOff are all …", choices: ["Waiting reasons", "Pod phases", "Event types"], answer: 0, why: "They are reasons of a container's Waiting state; the Pod phase here is Pending." },
      ],
    },
    ko: {
      title: "ErrImagePull과 ImagePullBackOff",
      summary: "태그 오타(nginx:1.161) 때문에 이미지 풀이 매번 실패합니다. 컨테이너는 Waiting에 머물고, kubelet은 자체 백오프로 다시 시도합니다. 10초에서 시작해 300초까지 두 배씩 늘어납니다.",
      watch: "kubectl get events의 Pulling 이벤트를 보세요. 풀 시도 사이 간격이 점점 늘어납니다. STATUS는 ErrImagePull과 ImagePullBackOff를 오갑니다.",
      moments: [
        {
          label: "ErrImagePull",
          explain: "레지스트리가 “not found”로 응답합니다. 컨테이너는 reason ErrImagePull로 Waiting이고, 아무것도 시작되지 않았으므로 파드는 Pending입니다.",
          predict: { question: "RESTARTS는 실패한 풀도 셀까요?", choices: ["예", "아니요"], answer: 1, why: "RESTARTS는 컨테이너 재시작 횟수입니다. 컨테이너는 만들어지지도 않았습니다." },
        },
        {
          label: "ImagePullBackOff, 두 번째 시도",
          explain: "첫 실패 후 약 10초 뒤 kubelet이 다시 풀합니다(두 번째 Pulling 이벤트). 그런데 STATUS는 ImagePullBackOff입니다. kubelet은 동기화를 시작할 때 status를 먼저 쓰고 그다음에 풀하므로, 화면이 한 번의 동기화만큼 늦습니다.",
          predict: { question: "세 번째 풀 시도는 언제일까요?", choices: ["두 번째 후 약 20초", "두 번째 후 약 10초", "300초 뒤"], answer: 0, why: "실패할 때마다 이미지 풀 백오프가 두 배가 됩니다. 10초, 그다음 20초입니다." },
        },
        {
          label: "20초 뒤 세 번째 시도",
          explain: "백오프가 20초로 늘었습니다. 그 사이 kubelet은 10초마다 파드를 다시 동기화하지만 “Back-off pulling image”만 알립니다.",
          predict: { question: "다음 간격은 얼마일까요?", choices: ["다시 20초", "약 40초", "약 80초"], answer: 1, why: "10, 20, 40, 80… 최대 300초입니다." },
        },
        {
          label: "80초 뒤 다섯 번째 시도",
          explain: "대기가 10, 20, 40, 80초로 늘었습니다. 이미지가 잘못된 파드는 저절로 낫지 않습니다. 이미지를 고치면 다음 시도에서 성공합니다.",
          predict: { question: "풀 사이의 가장 긴 대기는?", choices: ["80초", "300초", "10분"], answer: 1, why: "이미지 풀 백오프도 크래시 루프 백오프처럼 300초가 상한입니다." },
        },
      ],
      questions: [
        { question: "ErrImagePull, ImagePullBackOff, CrashLoopBackOff는 모두 무엇일까요?", choices: ["Waiting의 reason", "파드 단계", "이벤트 type"], answer: 0, why: "모두 컨테이너 Waiting 상태의 reason입니다. 이때 파드 단계는 Pending입니다." },
      ],
    },
  },
};
