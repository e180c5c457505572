import yaml from "../scenarios/sidecar-job.yaml?raw";
import type { Lesson } from "../types";

export const sidecarJob: Lesson = {
  id: "sidecar-job",
  topic: "sidecars",
  docs: ["sidecars", "jobs"],
  yaml,
  comments: { ko: { "The docs' Job with a log-shipping sidecar: the sidecar starts first and is stopped last.": "로그를 보내는 사이드카가 있는 문서의 잡: 사이드카가 먼저 시작하고 마지막에 멈춥니다." } },
  moments: [
    { t: 2, checks: [{ kind: "row", pod: "myjob-*", at: 1, status: "Init:0/1" }, { kind: "row", pod: "myjob-*", at: 2, status: "PodInitializing", ready: "1/2", phase: "Pending" }] },
    { t: 3, checks: [{ kind: "row", pod: "myjob-*", at: 3, status: "Running", ready: "2/2", phase: "Running" }] },
    {
      t: 23,
      checks: [
        { kind: "row", pod: "myjob-*", at: 23, status: "Completed", ready: "1/2", phase: "Running" },
        { kind: "event", reason: "Killing", object: "myjob-*", message: "Stopping container logshipper", first: [22, 24] },
      ],
    },
    {
      t: 55,
      checks: [
        { kind: "row", pod: "myjob-*", at: 52, phase: "Running" },
        { kind: "row", pod: "myjob-*", at: 55, status: "Completed", ready: "0/2", restarts: "0", phase: "Succeeded" },
        { kind: "event", reason: "Completed", object: "myjob", message: "Job completed", first: [53, 56] },
      ],
    },
  ],
  text: {
    en: {
      title: "Sidecar containers",
      summary: "The docs' Job with a log-shipping sidecar: an init container with restartPolicy Always. It starts before the main container, keeps running beside it, and is stopped only after the main container has finished.",
      watch: "READY going 1/2 → 2/2 → 1/2 → 0/2, and the gap between the main container's exit and the Job's completion.",
      moments: [
        {
          label: "Sidecar first",
          explain: "logshipper is in initContainers, but with restartPolicy Always it does not need to exit: once it is running (started), the next container may start. READY already counts it: 1/2.",
          predict: { question: "Would a normal init container running tail -F block the Pod?", choices: ["Yes, forever", "No"], answer: 0, why: "A regular init container must exit 0 before the next starts; tail -F never exits." },
        },
        {
          label: "Both running",
          explain: "The main container starts a second later; READY 2/2 counts the sidecar and the main container.",
          predict: { question: "If the sidecar crashed now, would it be restarted under the Pod's restartPolicy Never?", choices: ["Yes", "No"], answer: 0, why: "Sidecars are restarted regardless of the Pod's restartPolicy." },
        },
        {
          label: "Main done, sidecar stopping",
          explain: "The main container exits 0 after 20 s: STATUS Completed while the phase is still Running. The kubelet now stops the sidecar with SIGTERM.",
          predict: { question: "How long will stopping the sidecar take?", choices: ["At once", "About 30 s"], answer: 1, why: "PID 1 is sh, which ignores SIGTERM, so the sidecar lives until SIGKILL at the end of the 30 s grace period." },
        },
        {
          label: "Succeeded, Job complete",
          explain: "About 30 s later the sidecar is killed (exit 137), which does not count as a failure: the Pod is Succeeded and the Job completes.",
          predict: { question: "Does the sidecar's exit 137 make the Pod Failed?", choices: ["Yes", "No"], answer: 1, why: "The phase is decided by the regular containers; sidecars do not block or fail Pod completion." },
        },
      ],
      questions: [
        { question: "What turns an init container into a sidecar?", choices: ["restartPolicy: Always on the init container", "A sidecar: true label", "Putting it last in containers"], answer: 0, why: "Since Kubernetes 1.29 (GA in 1.33) a container-level restartPolicy Always in initContainers makes a sidecar." },
      ],
    },
    ko: {
      title: "사이드카 컨테이너",
      summary: "문서의 로그 전송 사이드카가 있는 잡(Job)입니다. restartPolicy Always를 둔 초기화 컨테이너가 사이드카입니다. 메인 컨테이너보다 먼저 시작해 옆에서 계속 돌고, 메인 컨테이너가 끝난 뒤에야 멈춥니다.",
      watch: "READY가 1/2 → 2/2 → 1/2 → 0/2로 바뀌는 것과, 메인 컨테이너 종료와 잡 완료 사이의 간격을 보세요.",
      moments: [
        {
          label: "사이드카 먼저",
          explain: "logshipper는 initContainers에 있지만 restartPolicy Always라서 종료할 필요가 없습니다. 실행되어 시작됨(started) 상태가 되면 다음 컨테이너가 시작될 수 있습니다. READY에도 이미 들어가 1/2입니다.",
          predict: { question: "tail -F를 실행하는 일반 초기화 컨테이너라면 파드를 막을까요?", choices: ["예, 영원히", "아니요"], answer: 0, why: "일반 초기화 컨테이너는 0으로 끝나야 다음 것이 시작되는데, tail -F는 끝나지 않습니다." },
        },
        {
          label: "둘 다 실행 중",
          explain: "1초 뒤 메인 컨테이너가 시작되고, READY 2/2에는 사이드카와 메인 컨테이너가 모두 들어갑니다.",
          predict: { question: "지금 사이드카가 죽으면, 파드의 restartPolicy가 Never여도 재시작될까요?", choices: ["예", "아니요"], answer: 0, why: "사이드카는 파드의 restartPolicy와 상관없이 재시작됩니다." },
        },
        {
          label: "메인 종료, 사이드카 정지 중",
          explain: "메인 컨테이너가 20초 뒤 0으로 종료합니다. 단계는 아직 Running인데 STATUS는 Completed입니다. 이제 kubelet이 사이드카에 SIGTERM을 보냅니다.",
          predict: { question: "사이드카를 멈추는 데 얼마나 걸릴까요?", choices: ["바로", "약 30초"], answer: 1, why: "PID 1이 SIGTERM을 무시하는 sh라서, 사이드카는 30초 유예 기간 끝의 SIGKILL까지 살아 있습니다." },
        },
        {
          label: "Succeeded, 잡 완료",
          explain: "약 30초 뒤 사이드카가 강제 종료되지만(exit 137) 실패로 치지 않습니다. 파드는 Succeeded가 되고 잡이 완료됩니다.",
          predict: { question: "사이드카의 exit 137 때문에 파드가 Failed가 될까요?", choices: ["예", "아니요"], answer: 1, why: "단계는 일반 컨테이너가 정합니다. 사이드카는 파드 완료를 막거나 실패시키지 않습니다." },
        },
      ],
      questions: [
        { question: "초기화 컨테이너를 사이드카로 만드는 것은?", choices: ["초기화 컨테이너에 restartPolicy: Always", "sidecar=true 레이블", "containers 맨 끝에 두기"], answer: 0, why: "쿠버네티스 1.29부터(1.33에서 GA) initContainers 안의 컨테이너 수준 restartPolicy Always가 사이드카를 만듭니다." },
      ],
    },
  },
};
