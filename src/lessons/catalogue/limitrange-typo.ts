import yaml from "../scenarios/limitrange-typo.yaml?raw";
import type { Lesson } from "../types";

/** The study notes' `memoty`: a resource name, not a field, so validation (validateContainerResourceName) refuses it, not strict decoding. */
export const limitrangeTypo: Lesson = {
  id: "limitrange-typo",
  topic: "resources",
  yaml,
  moments: [
    {
      t: 3,
      checks: [
        { kind: "rejected", message: 'LimitRange "demo-limitrange" is invalid: spec.limits[0].defaultRequest[memoty]: Invalid value: "memoty": must be a standard resource type or fully qualified', line: 13 },
        { kind: "rejected", message: 'LimitRange "demo-limitrange" is invalid: spec.limits[0].defaultRequest[memoty]: Invalid value: "memoty": must be a standard resource for containers', line: 13 },
        { kind: "admitted", objectKind: "Pod", name: "early", fields: { "spec.containers.0.resources": {} } },
        { kind: "row", pod: "early", at: 3, status: "Running", ready: "1/1" },
      ],
    },
    {
      t: 65,
      checks: [{ kind: "row", pod: "early", at: 65, status: "Running", restarts: "0" }],
    },
    {
      t: 75,
      focus: { kubectl: "describe", pod: "late" },
      checks: [
        { kind: "row", pod: "late", at: 75, status: { oneOf: ["OOMKilled", "CrashLoopBackOff"] } },
        { kind: "container", pod: "late", container: "app", at: 72.5, state: "terminated", reason: "OOMKilled", exitCode: 137 },
        { kind: "row", pod: "early", at: 75, status: "Running", restarts: "0" },
      ],
    },
  ],
  text: {
    en: {
      title: "LimitRange: the study notes' memoty",
      summary:
        "The LimitRange of the study notes, typo included (memoty: \"128Mi\"), and a Pod early that sets no resources and uses 300M of memory. At 60 s the LimitRange is applied again, spelt right; at 70 s the same Pod is created as late.",
      watch: "The two errors on the memoty line in the editor; then early (no limit, runs) against late (256Mi limit from the LimitRange, OOMKilled).",
      moments: [
        {
          label: "The typo is refused",
          explain:
            "requests and limits are maps from a resource name to a quantity, so memoty is not an unknown field that strict field validation would catch: it is a resource name, and validation refuses it twice (must be a standard resource type or fully qualified; must be a standard resource for containers). The whole LimitRange is refused, so early is created without defaults: no requests, no limits, QoS BestEffort.",
          predict: {
            question: "What does kubectl apply say about memoty: \"128Mi\" in a LimitRange?",
            choices: ["Invalid value: \"memoty\": must be a standard resource type or fully qualified", "unknown field \"memoty\"", "Nothing: the entry is ignored and the rest applies"],
            answer: 0,
            why: "Keys of a resource list are names (cpu, memory, example.com/gpu), checked by validation, not by the decoder; an unqualified name must be a standard one.",
          },
        },
        {
          label: "Fixed, but early keeps nothing",
          explain:
            "The LimitRange applied at 60 s is spelt right and accepted. early does not change: the LimitRanger fills in defaults only when a Pod is created, never for Pods that already run.",
          predict: {
            question: "The correct LimitRange now exists. Does early get a 256Mi memory limit?",
            choices: ["No: defaults apply only when a Pod is created", "Yes, at its next restart", "Yes, at once"],
            answer: 0,
            why: "LimitRange defaults are admission: they are written into the Pod when it is stored. A running Pod's resources are not touched.",
          },
        },
        {
          label: "late gets the limit",
          explain:
            "late is the same Pod, created at 70 s: it gets requests cpu 200m, memory 128Mi and limits cpu 500m, memory 256Mi (kubectl describe). Its 300M no longer fit: OOMKilled, exit code 137, then the crash-loop back-off. early, with no limit, still runs. A typo in a LimitRange does not just lose a default: it changes how the next Pods run.",
          predict: {
            question: "Why is late OOMKilled while early runs the same program?",
            choices: ["late got the 256Mi default limit; early was created before any valid LimitRange", "late runs on a smaller node", "early was given more memory when the LimitRange was fixed"],
            answer: 0,
            why: "Same image, same command; only the admission-time defaults differ.",
          },
        },
      ],
      questions: [
        {
          question: "Which mistake does strict field validation catch in a LimitRange?",
          choices: ["defaultRequests: (a misspelt field name)", "memoty: (a misspelt resource name)", "Both the same way"],
          answer: 0,
          why: "A field name is part of the schema: unknown field \"spec.limits[0].defaultRequests\". A resource name is a map key: validation answers with Invalid value.",
        },
        {
          question: "You fixed a LimitRange. How do existing Pods get its defaults?",
          choices: ["They must be created again (for a Deployment, a rollout restart)", "The kubelet updates them", "They get them at their next container restart"],
          answer: 0,
          why: "Defaults are set at admission; a new Pod object is needed.",
        },
      ],
    },
    ko: {
      title: "LimitRange: 학습 노트의 memoty",
      summary:
        "학습 노트의 LimitRange를 오타까지 그대로(memoty: \"128Mi\") 두고, 리소스를 정하지 않고 메모리를 300M 쓰는 파드 early를 함께 만듭니다. 60초에 LimitRange를 바른 철자로 다시 적용하고, 70초에 같은 파드를 late라는 이름으로 만듭니다.",
      watch: "편집기에서 memoty 줄에 표시된 두 오류, 그리고 early(제한 없음, 실행됨)와 late(LimitRange에서 받은 256Mi 제한, OOMKilled)를 비교하세요.",
      moments: [
        {
          label: "오타는 거부된다",
          explain:
            "requests와 limits는 리소스 이름에서 수량으로 가는 맵이라서, memoty는 엄격한 필드 검증이 잡는 모르는 필드가 아닙니다. 리소스 이름이고, 검증이 두 번 거부합니다(must be a standard resource type or fully qualified, must be a standard resource for containers). LimitRange 전체가 거부되므로 early는 기본값 없이 만들어집니다. 요청도 제한도 없는 BestEffort입니다.",
          predict: {
            question: "LimitRange의 memoty: \"128Mi\"에 kubectl apply는 무엇이라고 할까요?",
            choices: ["Invalid value: \"memoty\": must be a standard resource type or fully qualified", "unknown field \"memoty\"", "아무 말 없이 그 항목만 무시하고 나머지를 적용한다"],
            answer: 0,
            why: "리소스 목록의 키는 이름(cpu, memory, example.com/gpu)이고, 디코더가 아니라 검증이 확인합니다. 접두사 없는 이름은 표준 이름이어야 합니다.",
          },
        },
        {
          label: "고쳤지만 early는 그대로",
          explain:
            "60초에 적용한 LimitRange는 철자가 맞아 받아들여집니다. early는 바뀌지 않습니다. LimitRanger는 파드가 만들어질 때만 기본값을 채우고, 이미 실행 중인 파드에는 손대지 않습니다.",
          predict: {
            question: "이제 올바른 LimitRange가 있습니다. early가 256Mi 메모리 제한을 받을까요?",
            choices: ["아니요. 기본값은 파드를 만들 때만 적용된다", "예, 다음 재시작 때", "예, 바로"],
            answer: 0,
            why: "LimitRange 기본값은 어드미션 단계의 일로, 파드가 저장될 때 파드에 써 넣어집니다. 실행 중인 파드의 리소스는 건드리지 않습니다.",
          },
        },
        {
          label: "late는 제한을 받는다",
          explain:
            "late는 70초에 만든 같은 파드입니다. 요청 cpu 200m, memory 128Mi와 제한 cpu 500m, memory 256Mi를 받습니다(kubectl describe). 300M은 더 이상 들어가지 않아 OOMKilled, 종료 코드 137, 그리고 크래시 루프 백오프입니다. 제한이 없는 early는 여전히 실행됩니다. LimitRange의 오타는 기본값 하나를 잃는 데서 끝나지 않고, 다음 파드들이 도는 방식을 바꿉니다.",
          predict: {
            question: "같은 프로그램인데 왜 late만 OOMKilled될까요?",
            choices: ["late는 256Mi 기본 제한을 받았고, early는 올바른 LimitRange가 생기기 전에 만들어졌다", "late는 더 작은 노드에서 돈다", "LimitRange를 고칠 때 early가 메모리를 더 받았다"],
            answer: 0,
            why: "이미지도 명령도 같고, 어드미션 때 채워진 기본값만 다릅니다.",
          },
        },
      ],
      questions: [
        {
          question: "LimitRange에서 엄격한 필드 검증이 잡는 실수는?",
          choices: ["defaultRequests: (필드 이름 오타)", "memoty: (리소스 이름 오타)", "둘 다 같은 방식으로"],
          answer: 0,
          why: "필드 이름은 스키마의 일부라서 unknown field \"spec.limits[0].defaultRequests\"가 나옵니다. 리소스 이름은 맵의 키라서 검증이 Invalid value로 답합니다.",
        },
        {
          question: "LimitRange를 고쳤습니다. 이미 있는 파드는 어떻게 기본값을 받나요?",
          choices: ["다시 만들어야 한다(디플로이먼트라면 rollout restart)", "kubelet이 고쳐 준다", "다음 컨테이너 재시작 때 받는다"],
          answer: 0,
          why: "기본값은 어드미션 때 정해지므로 새 파드 객체가 필요합니다.",
        },
      ],
    },
  },
};
