import yaml from "../scenarios/image-pull-backoff.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.277
`,
  at: 60,
  check: { kind: "row", pod: "web" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.277
`,
  check: { kind: "fix", patches: [{ find: "    image: nginx:1.277\n", replace: "    image: nginx:1.277\n    imagePullPolicy: Always\n" }, { find: "    image: nginx:1.277\n", replace: "    image: nginx:1.277\n    imagePullPolicy: IfNotPresent\n" }, { find: "spec:\n", replace: "spec:\n  restartPolicy: OnFailure\n" }, { find: "    image: nginx:1.277\n", replace: "    image: nginx:1.27\n" }], goal: [{ kind: "row", pod: "web", at: 30, status: "Running", ready: "1/1" }] },
} satisfies QuestionSetup;

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
          predict: {
            question: "The pull failed. What does RESTARTS show?",
            choices: ["0", "1", "1, and one more for every retry"],
            answer: 0,
            whys: [
              "RESTARTS counts restarts of containers that ran; no container was ever created.",
              "A failed pull is not a restart: the container never existed, so there is nothing to restart.",
              "The kubelet does retry the pull, but those are image pulls, counted only in the Pulling events.",
            ],
          },
        },
        {
          label: "ImagePullBackOff, second attempt",
          explain: "About 10 s after the first failure the kubelet pulls again (a second Pulling event). STATUS says ImagePullBackOff because the kubelet writes the status at the start of a sync, before that sync's pull: it lags one sync behind.",
          predict: {
            question: "The second pull also failed. When is the third attempt?",
            choices: ["About 20 s after the second", "About 10 s after the second", "Never: ErrImagePull is final"],
            answer: 0,
            whys: [
              "Each failure doubles the image-pull back-off: 10 s, then 20 s.",
              "The delay is not fixed: like the crash-loop back-off, it doubles with each failure.",
              "The kubelet keeps retrying a failed pull with back-off; a registry that was down or an image pushed later can still succeed.",
            ],
          },
        },
        {
          label: "Third attempt, 20 s later",
          explain: "The back-off doubled to 20 s. In between, the kubelet re-syncs the Pod every 10 s and only reports Back-off pulling image.",
          predict: {
            question: "Third attempt, 20 s after the second. What gap comes next?",
            choices: ["20 s again", "About 40 s", "About 80 s"],
            answer: 1,
            whys: [
              "The back-off doubles after every failed pull.",
              "10, 20, 40, 80 … up to the cap.",
              "That skips a step: the gaps are 10, 20, 40, then 80 s.",
            ],
          },
        },
        {
          label: "Fifth attempt, 80 s later",
          explain: "The waits grew 10, 20, 40, 80 s. A Pod with a wrong image never recovers by itself: fix the image and the next attempt succeeds.",
          predict: {
            question: "What is the longest wait between pull attempts?",
            choices: ["80 s", "300 s", "No limit: it keeps doubling"],
            answer: 1,
            whys: [
              "80 s is just one step; the doubling goes on to the cap.",
              "The image-pull back-off is capped at 300 s, like the crash-loop back-off.",
              "The kubelet caps the back-off at 300 s (5 minutes), so a fixed image is picked up within 5 minutes.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "The tag nginx:1.277 does not exist. What does kubectl get pods show for web 60 s after apply (READY STATUS RESTARTS)?",
          choices: ["0/1 ImagePullBackOff 0", "0/1 ImagePullBackOff 4", "0/1 CrashLoopBackOff 0", "0/1 Pending 0"],
          answer: 0,
          whys: [
            "Between pull attempts the container waits with reason ImagePullBackOff (ErrImagePull shows just after each attempt). No container ever ran, so RESTARTS is 0.",
            "RESTARTS does not count pull attempts: it counts restarts of a container that ran, and none did.",
            "CrashLoopBackOff is the wait between restarts of a container that exited; this one never started.",
            "The phase is Pending, but once the kubelet has a Waiting reason kubectl prints that instead.",
          ],
        },
        {
          ...ask1,
          question: "The events say: Failed to pull image \"nginx:1.277\": not found. Which one change gets web Running?",
          choices: ["imagePullPolicy: Always", "imagePullPolicy: IfNotPresent", "restartPolicy: OnFailure", "image: nginx:1.27"],
          answer: 3,
          whys: [
            "Pulling more often does not help: every attempt asks the registry for a tag that does not exist.",
            "That is already the default for a tagged image. The image is not on the node, so the kubelet pulls it, and the pull fails.",
            "restartPolicy governs containers that exited; this one was never created. Pulls are retried under any policy.",
            "With a tag that exists the pull succeeds and the container starts.",
          ],
        },
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
          predict: {
            question: "이미지 받기가 실패했습니다. RESTARTS는 얼마일까요?",
            choices: ["0", "1", "1, 그리고 다시 시도할 때마다 1씩"],
            answer: 0,
            whys: [
              "RESTARTS는 실행된 적 있는 컨테이너의 재시작 횟수입니다. 컨테이너는 한 번도 만들어지지 않았습니다.",
              "이미지 받기 실패는 재시작이 아닙니다. 컨테이너가 없었으니 재시작할 것도 없습니다.",
              "kubelet이 이미지를 다시 받으려 하는 것은 맞지만, 그것은 이미지 받기이고 Pulling 이벤트에만 세어집니다.",
            ],
          },
        },
        {
          label: "ImagePullBackOff, 두 번째 시도",
          explain: "첫 실패 후 약 10초 뒤 kubelet이 다시 풀합니다(두 번째 Pulling 이벤트). 그런데 STATUS는 ImagePullBackOff입니다. kubelet은 동기화를 시작할 때 status를 먼저 쓰고 그다음에 풀하므로, 화면이 한 번의 동기화만큼 늦습니다.",
          predict: {
            question: "두 번째 받기도 실패했습니다. 세 번째 시도는 언제일까요?",
            choices: ["두 번째로부터 약 20초 뒤", "두 번째로부터 약 10초 뒤", "다시 하지 않는다: ErrImagePull이면 끝"],
            answer: 0,
            whys: [
              "실패할 때마다 이미지 받기 백오프가 두 배가 됩니다. 10초, 다음은 20초.",
              "지연은 고정이 아닙니다. 크래시 루프 백오프처럼 실패할 때마다 두 배가 됩니다.",
              "kubelet은 실패한 받기를 백오프를 두고 계속 다시 시도합니다. 레지스트리가 잠시 멈췄거나 이미지가 나중에 올라오면 성공할 수 있습니다.",
            ],
          },
        },
        {
          label: "20초 뒤 세 번째 시도",
          explain: "백오프가 20초로 늘었습니다. 그 사이 kubelet은 10초마다 파드를 다시 동기화하지만 “Back-off pulling image”만 알립니다.",
          predict: {
            question: "두 번째로부터 20초 뒤 세 번째 시도였습니다. 다음 간격은?",
            choices: ["다시 20초", "약 40초", "약 80초"],
            answer: 1,
            whys: [
              "백오프는 받기가 실패할 때마다 두 배가 됩니다.",
              "10, 20, 40, 80 … 상한까지.",
              "한 단계를 건너뛰었습니다. 간격은 10, 20, 40, 그다음이 80초입니다.",
            ],
          },
        },
        {
          label: "80초 뒤 다섯 번째 시도",
          explain: "대기가 10, 20, 40, 80초로 늘었습니다. 이미지가 잘못된 파드는 저절로 낫지 않습니다. 이미지를 고치면 다음 시도에서 성공합니다.",
          predict: {
            question: "받기 시도 사이의 가장 긴 대기는?",
            choices: ["80초", "300초", "상한 없이 계속 두 배"],
            answer: 1,
            whys: [
              "80초는 한 단계일 뿐이고, 두 배씩 늘어나는 것은 상한까지 이어집니다.",
              "이미지 받기 백오프의 상한은 크래시 루프 백오프처럼 300초입니다.",
              "kubelet은 백오프를 300초(5분)로 제한합니다. 그래서 이미지를 고치면 5분 안에 반영됩니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "nginx:1.277 태그는 없습니다. 적용하고 60초 뒤 kubectl get pods에 web은 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["0/1 ImagePullBackOff 0", "0/1 ImagePullBackOff 4", "0/1 CrashLoopBackOff 0", "0/1 Pending 0"],
          answer: 0,
          whys: [
            "받기 시도 사이에 컨테이너는 reason ImagePullBackOff로 기다립니다(ErrImagePull은 시도 직후에 잠깐). 실행된 컨테이너가 없으니 RESTARTS는 0입니다.",
            "RESTARTS는 받기 시도를 세지 않습니다. 실행된 컨테이너의 재시작을 세는데, 실행된 적이 없습니다.",
            "CrashLoopBackOff는 종료한 컨테이너의 재시작 사이 대기입니다. 이 컨테이너는 시작한 적이 없습니다.",
            "단계는 Pending이지만, kubelet이 Waiting의 reason을 적은 뒤에는 kubectl이 그 reason을 보여 줍니다.",
          ],
        },
        {
          ...ask1,
          question: "이벤트에 “Failed to pull image \"nginx:1.277\": not found”가 보입니다. 어떤 변경 하나로 web이 Running이 될까요?",
          choices: ["imagePullPolicy: Always", "imagePullPolicy: IfNotPresent", "restartPolicy: OnFailure", "image: nginx:1.27"],
          answer: 3,
          whys: [
            "더 자주 받아도 소용없습니다. 시도할 때마다 레지스트리에 없는 태그를 요청합니다.",
            "태그가 있는 이미지의 기본값이 이미 그것입니다. 노드에 이미지가 없으니 kubelet은 받으려 하고, 실패합니다.",
            "재시작 정책은 종료한 컨테이너에 관한 것입니다. 이 컨테이너는 만들어진 적이 없고, 이미지 받기는 어떤 정책에서도 다시 시도됩니다.",
            "존재하는 태그로 바꾸면 받기가 성공하고 컨테이너가 시작합니다.",
          ],
        },
      ],
    },
  },
};
