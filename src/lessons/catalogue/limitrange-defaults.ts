import yaml from "../scenarios/limitrange-defaults.yaml?raw";
import type { Lesson } from "../types";

export const limitrangeDefaults: Lesson = {
  id: "limitrange-defaults",
  topic: "resources",
  docs: ["limitRange", "memoryLimit"],
  yaml,
  comments: { ko: { "A LimitRange gives containers without resources a 128Mi limit; this app grows past it.": "LimitRange가 resources 없는 컨테이너에 128Mi 제한을 주는데, 이 앱은 그보다 커집니다." } },
  moments: [
    {
      t: 2, focus: { kubectl: "describe", pod: "cache" },
      checks: [
        { kind: "admitted", objectKind: "Pod", name: "cache", fields: { "spec.containers.0.resources": { limits: { memory: "128Mi" }, requests: { memory: "64Mi" } } } },
        { kind: "admitted", objectKind: "Pod", name: "cache", fields: { "status.qosClass": "Burstable" } },
        { kind: "row", pod: "cache", at: 2, status: "Running", ready: "1/1" },
      ],
    },
    { t: 22, focus: { kubectl: "watch" }, checks: [{ kind: "row", pod: "cache", at: 22, status: "OOMKilled", ready: "0/1", restarts: "0", phase: "Running" }] },
    { t: 53, focus: { kubectl: "watch" }, checks: [{ kind: "row", pod: "cache", at: 43, status: "OOMKilled", restarts: "1" }, { kind: "row", pod: "cache", at: 53, status: "CrashLoopBackOff", restarts: "1" }] },
  ],
  text: {
    en: {
      title: "LimitRange defaults",
      summary: "The namespace has a LimitRange: containers without resources get a 128Mi memory limit and a 64Mi request. This Pod declares none, so admission fills them in, and the app, which grows to 200Mi, is OOM-killed.",
      watch: "The admitted Pod's resources (describe pod: Limits and Requests), then OOMKilled about 20 s after each start.",
      moments: [
        {
          label: "Defaults filled in",
          explain: "The LimitRanger admission plugin set limits.memory 128Mi and requests.memory 64Mi on the container, and noted it in the kubernetes.io/limit-ranger annotation. The manifest itself had no resources.",
          predict: { question: "Which QoS class does the Pod get?", choices: ["BestEffort", "Burstable", "Guaranteed"], answer: 1, why: "Requests (64Mi) below limits (128Mi) make it Burstable; without the LimitRange it would have been BestEffort." },
        },
        {
          label: "OOMKilled at the default limit",
          explain: "20 s after start the app uses 200Mi, above the 128Mi limit it never asked for. The kernel kills it: Terminated, reason OOMKilled, exit 137.",
          predict: { question: "Would the same app survive in a namespace without a LimitRange?", choices: ["Yes, it would have no limit", "No"], answer: 0, why: "Without a limit the container may use node memory until the node runs short." },
        },
        {
          label: "Crash loop",
          explain: "restartPolicy Always restarts it; the second OOM kill enters the 10 s back-off, CrashLoopBackOff.",
          predict: { question: "Where would you fix this?", choices: ["Set resources on the container (or raise the LimitRange default)", "Increase the back-off"], answer: 0, why: "The default is only for containers that declare nothing; an explicit limit that fits the app wins." },
        },
      ],
      questions: [
        { question: "When does a LimitRange default apply?", choices: ["At admission, only to containers that did not set the value", "Continuously to running Pods", "Only to Deployments"], answer: 0, why: "LimitRanger mutates Pods when they are created; existing Pods and explicit values are untouched." },
      ],
    },
    ko: {
      title: "LimitRange 기본값",
      summary: "네임스페이스에 LimitRange가 있어서, resources가 없는 컨테이너는 메모리 제한 128Mi와 요청 64Mi를 받습니다. 이 파드는 아무것도 선언하지 않아 어드미션이 값을 채우고, 200Mi까지 늘어나는 앱은 OOM으로 죽습니다.",
      watch: "승인된 파드의 resources(kubectl describe pod의 Limits와 Requests)를 보고, 시작할 때마다 약 20초 뒤 나오는 OOMKilled를 보세요.",
      moments: [
        {
          label: "기본값이 채워짐",
          explain: "LimitRanger 어드미션 플러그인이 컨테이너에 limits.memory 128Mi와 requests.memory 64Mi를 넣고 kubernetes.io/limit-ranger 어노테이션에 기록했습니다. 매니페스트에는 resources가 없었습니다.",
          predict: { question: "파드의 QoS 클래스는?", choices: ["BestEffort", "Burstable", "Guaranteed"], answer: 1, why: "요청(64Mi)이 제한(128Mi)보다 작으므로 Burstable입니다. LimitRange가 없었다면 BestEffort였을 것입니다." },
        },
        {
          label: "기본 제한에서 OOMKilled",
          explain: "시작 20초 뒤 앱이 200Mi를 쓰는데, 요청한 적도 없는 128Mi 제한을 넘습니다. 커널이 프로세스를 죽여 reason OOMKilled, exit 137로 Terminated됩니다.",
          predict: { question: "LimitRange가 없는 네임스페이스였다면 같은 앱이 살아남았을까요?", choices: ["예, 제한이 없으니까", "아니요"], answer: 0, why: "제한이 없으면 컨테이너는 노드 메모리가 모자랄 때까지 쓸 수 있습니다." },
        },
        {
          label: "크래시 루프",
          explain: "restartPolicy Always가 재시작하고, 두 번째 OOM 종료부터는 10초 백오프, 즉 CrashLoopBackOff에 들어갑니다.",
          predict: { question: "어디를 고쳐야 할까요?", choices: ["컨테이너에 resources를 설정(또는 LimitRange 기본값 상향)", "백오프를 늘린다"], answer: 0, why: "기본값은 아무것도 선언하지 않은 컨테이너에만 적용됩니다. 앱에 맞는 제한을 직접 적으면 그것이 우선합니다." },
        },
      ],
      questions: [
        { question: "LimitRange 기본값은 언제 적용될까요?", choices: ["어드미션 때, 값을 정하지 않은 컨테이너에만", "실행 중인 파드에 계속", "디플로이먼트에만"], answer: 0, why: "LimitRanger는 파드가 생성될 때 값을 채웁니다. 기존 파드와 직접 적은 값은 건드리지 않습니다." },
      ],
    },
  },
};
