import yaml from "../scenarios/probe-timeout.yaml?raw";
import type { Lesson } from "../types";

/** timeoutSeconds, and the probe result the study notes call unknown (prober.go, worker.go, pkg/probe/exec). */
export const probeTimeout: Lesson = {
  id: "probe-timeout",
  topic: "probes",
  yaml,
  moments: [
    {
      t: 5,
      focus: { kubectl: "events" },
      checks: [
        { kind: "event", reason: "Unhealthy", object: "impatient", message: { matches: "^Liveness probe failed: .*timed out" }, first: [4, 6] },
        { kind: "event", reason: "Unhealthy", object: "no-port", message: { includes: "Liveness probe errored and resulted in unknown state" }, first: [4, 6] },
        { kind: "event", reason: "Unhealthy", object: "patient", absent: true },
      ],
    },
    {
      t: 15,
      focus: { kubectl: "watch" },
      checks: [
        { kind: "event", reason: "Killing", object: "impatient", message: "Container app failed liveness probe, will be restarted", first: [14, 16] },
        { kind: "row", pod: "no-port", at: 15, status: "Running", ready: "1/1", restarts: "0" },
      ],
    },
    {
      t: 58,
      focus: { kubectl: "describe", pod: "no-port" },
      checks: [
        { kind: "row", pod: "impatient", at: 58, status: "Running", restarts: "3" },
        { kind: "row", pod: "patient", at: 58, status: "Running", ready: "1/1", restarts: "0" },
        { kind: "row", pod: "no-port", at: 58, status: "Running", ready: "1/1", restarts: "0" },
        { kind: "event", reason: "Killing", object: "no-port", absent: true },
      ],
    },
  ],
  text: {
    en: {
      title: "timeoutSeconds, and a probe that cannot run",
      summary:
        "One exec check that needs 2 s, as a liveness probe with timeoutSeconds 1 (impatient) and 3 (patient), and an httpGet probe whose port name does not exist (no-port). A check that times out is a failure; a check the kubelet cannot run is an error, its result unknown, and it is not counted.",
      watch: "The Unhealthy events: 'timed out' for impatient, 'errored and resulted in unknown state' for no-port, none for patient. Then the RESTARTS column.",
      moments: [
        {
          label: "The first checks",
          explain:
            "impatient's check is cut off after timeoutSeconds (1 s) while the command still sleeps: since v1.20 an exec probe that times out is a failure (Liveness probe failed: … timed out). no-port's check cannot even be made: the container declares no port named http, so the prober gives up with an error and the result unknown (Liveness probe errored and resulted in unknown state).",
          predict: {
            question: "The probe command needs 2 s and timeoutSeconds is 1. What does the kubelet make of that check?",
            choices: ["A failure, like a non-zero exit", "Nothing yet: it waits for the command to finish", "Unknown: it tries again next period without counting it"],
            answer: 0,
            why: "The runtime runs the command with the probe's timeout; when it runs out, the exec prober returns Failure (pkg/probe/exec/exec.go). Very old clusters ignored exec timeouts, which is where the belief comes from.",
          },
        },
        {
          label: "Third timeout: restart",
          explain:
            "Three failures in a row (failureThreshold 3, every 5 s) and the kubelet kills impatient's container and starts it again, although the app was healthy: only the probe was too slow for its timeout. no-port has had three bad checks too and is not restarted: the worker throws away a check that errored (worker.go), so it counts neither as a failure nor as a success.",
          predict: {
            question: "no-port's liveness probe has errored three times as well. Is its container restarted?",
            choices: ["Yes: three errors are three failures", "No: an errored check is thrown away, not counted", "Yes, but only after the back-off"],
            answer: 1,
            why: "prober.go reports the error as an event and the worker returns without recording a result. Only Success and Failure move the thresholds.",
          },
        },
        {
          label: "Two probes, two silent problems",
          explain:
            "impatient has been restarted 3 times, patient (same check, timeoutSeconds 3) never. no-port is still 1/1 Running with no restarts while an event warns every 5 s: an unknown result never restarts a container, so a typo in a port name quietly switches the liveness probe off. Read the Unhealthy events, not only RESTARTS.",
          predict: {
            question: "What does kubectl describe pod no-port show for the probe?",
            choices: ["Restart Count 0 and Unhealthy warnings that the probe errored", "Restart Count 3, like impatient", "State Waiting, reason CrashLoopBackOff"],
            answer: 0,
            why: "The container runs untouched; the only trace of the broken probe is the stream of Unhealthy events.",
          },
        },
      ],
      questions: [
        {
          question: "Your exec liveness probe runs a script that sometimes takes 3 s. What do you change?",
          choices: ["Raise timeoutSeconds above what the script needs, say to 5", "Raise failureThreshold only", "Nothing: exec probes have no timeout"],
          answer: 0,
          why: "timeoutSeconds defaults to 1 s and applies to exec probes. A larger failureThreshold only delays the restart: every slow check still fails.",
        },
        {
          question: "The study notes list three probe results: success, failure and unknown. When is a check unknown?",
          choices: ["When the kubelet cannot run it (a port name that matches nothing, a runtime error); it is not counted", "When the node stops reporting", "When the check times out"],
          answer: 0,
          why: "Unknown is the prober's word for 'could not probe'. A timeout is a failure, and a lost node is another story: the node's Ready condition becomes Unknown and kubectl prints it NotReady.",
        },
      ],
    },
    ko: {
      title: "timeoutSeconds, 그리고 실행할 수 없는 프로브",
      summary:
        "2초가 걸리는 같은 exec 검사를 timeoutSeconds 1(impatient)과 3(patient)인 liveness 프로브로 두고, 없는 포트 이름을 쓰는 httpGet 프로브(no-port)를 더했습니다. 시간 초과는 실패이고, kubelet이 실행조차 못 한 검사는 오류로서 결과가 unknown이 되며 세지 않습니다.",
      watch: "Unhealthy 이벤트를 보세요. impatient는 'timed out', no-port는 'errored and resulted in unknown state', patient는 없음. 그다음 RESTARTS 열.",
      moments: [
        {
          label: "첫 검사",
          explain:
            "impatient의 검사는 명령이 아직 잠들어 있는 동안 timeoutSeconds(1초)가 지나 끊깁니다. v1.20부터 시간 초과된 exec 프로브는 실패입니다(Liveness probe failed: … timed out). no-port는 검사를 만들지도 못합니다. 컨테이너에 http라는 이름의 포트가 없어서 프로버가 오류와 함께 unknown 결과로 포기합니다(Liveness probe errored and resulted in unknown state).",
          predict: {
            question: "프로브 명령은 2초가 걸리고 timeoutSeconds는 1입니다. kubelet은 이 검사를 어떻게 볼까요?",
            choices: ["0이 아닌 종료 코드처럼 실패로 본다", "아직 아무것도 아니다. 명령이 끝날 때까지 기다린다", "unknown으로 보고, 세지 않은 채 다음 주기에 다시 한다"],
            answer: 0,
            why: "런타임은 프로브의 제한 시간으로 명령을 실행하고, 시간이 다 되면 exec 프로버가 Failure를 돌려줍니다(pkg/probe/exec/exec.go). 아주 오래된 클러스터는 exec 시간 초과를 무시했고, 그 믿음이 여기서 나왔습니다.",
          },
        },
        {
          label: "세 번째 시간 초과: 재시작",
          explain:
            "연속 세 번 실패하자(failureThreshold 3, 5초마다) kubelet이 impatient의 컨테이너를 죽이고 다시 시작합니다. 앱은 멀쩡했고, 프로브가 제한 시간에 비해 느렸을 뿐입니다. no-port도 세 번 잘못된 검사를 했지만 재시작되지 않습니다. 오류가 난 검사는 워커가 버리므로(worker.go) 실패로도 성공으로도 세지 않습니다.",
          predict: {
            question: "no-port의 liveness 프로브도 세 번 오류가 났습니다. 컨테이너가 재시작될까요?",
            choices: ["예, 오류 세 번은 실패 세 번이다", "아니요, 오류 난 검사는 버려지고 세지 않는다", "예, 다만 백오프 뒤에"],
            answer: 1,
            why: "prober.go는 오류를 이벤트로 알리고, 워커는 결과를 기록하지 않고 돌아갑니다. 임계값을 움직이는 것은 Success와 Failure뿐입니다.",
          },
        },
        {
          label: "두 프로브, 두 가지 조용한 문제",
          explain:
            "impatient는 3번 재시작되었고, 같은 검사에 timeoutSeconds 3인 patient는 한 번도 재시작되지 않았습니다. no-port는 재시작 없이 여전히 1/1 Running이고, 5초마다 경고 이벤트만 쌓입니다. unknown 결과는 컨테이너를 재시작하지 않으므로, 포트 이름의 오타 하나가 liveness 프로브를 조용히 꺼 버립니다. RESTARTS만 보지 말고 Unhealthy 이벤트를 읽으세요.",
          predict: {
            question: "kubectl describe pod no-port는 프로브에 대해 무엇을 보여 줄까요?",
            choices: ["Restart Count 0과, 프로브 오류를 알리는 Unhealthy 경고", "impatient처럼 Restart Count 3", "State Waiting, 이유 CrashLoopBackOff"],
            answer: 0,
            why: "컨테이너는 그대로 실행되고, 고장 난 프로브의 흔적은 이어지는 Unhealthy 이벤트뿐입니다.",
          },
        },
      ],
      questions: [
        {
          question: "exec liveness 프로브가 실행하는 스크립트가 가끔 3초씩 걸립니다. 무엇을 바꾸나요?",
          choices: ["timeoutSeconds를 스크립트에 필요한 시간보다 크게, 예를 들어 5로 올린다", "failureThreshold만 올린다", "아무것도. exec 프로브에는 제한 시간이 없다"],
          answer: 0,
          why: "timeoutSeconds의 기본값은 1초이고 exec 프로브에도 적용됩니다. failureThreshold를 키우면 재시작이 늦춰질 뿐, 느린 검사는 매번 실패합니다.",
        },
        {
          question: "학습 노트는 프로브 결과로 success, failure, unknown 셋을 듭니다. 검사가 unknown이 되는 때는?",
          choices: ["kubelet이 검사를 실행할 수 없을 때(맞는 것이 없는 포트 이름, 런타임 오류). 세지 않는다", "노드가 보고를 멈췄을 때", "검사가 시간 초과되었을 때"],
          answer: 0,
          why: "unknown은 프로버가 '검사하지 못했다'고 말하는 방식입니다. 시간 초과는 실패이고, 노드를 잃은 경우는 다른 이야기입니다. 그때는 노드의 Ready 조건이 Unknown이 되고 kubectl은 NotReady로 보여 줍니다.",
        },
      ],
    },
  },
};
