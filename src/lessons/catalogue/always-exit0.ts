import yaml from "../scenarios/always-exit0.yaml?raw";
import type { Lesson } from "../types";

export const alwaysExit0: Lesson = {
  id: "always-exit0",
  topic: "restartPolicy",
  docs: ["restarts"],
  yaml,
  comments: { ko: { "restartPolicy Always restarts even a container that exits 0 (kubernetes.io termination example).": "restartPolicy Always는 0으로 종료한 컨테이너도 재시작합니다(kubernetes.io의 종료 예제)." } },
  moments: [
    { t: 13, checks: [{ kind: "row", pod: "termination-demo", at: 13, status: "Completed", ready: "0/1", restarts: "0", phase: "Running" }] },
    { t: 14, checks: [{ kind: "row", pod: "termination-demo", at: 14, status: "Running", ready: "1/1", restarts: "1" }] },
    {
      t: 34,
      checks: [
        { kind: "row", pod: "termination-demo", at: 34, status: "CrashLoopBackOff", restarts: "1", phase: "Running" },
        { kind: "event", reason: "BackOff", object: "termination-demo", first: [23, 25] },
      ],
    },
  ],
  text: {
    en: {
      title: "restartPolicy Always restarts exit 0",
      summary: "The docs' termination example sleeps 10 s and exits 0. The default restartPolicy is Always, so even a successful exit is restarted, and repeated exits enter CrashLoopBackOff.",
      watch: "STATUS Completed, then Running again with RESTARTS 1, then CrashLoopBackOff. The phase never leaves Running.",
      moments: [
        {
          label: "Completed, but phase Running",
          explain: "The container exited 0 (reason Completed). Under Always the Pod is not done: its phase stays Running because the kubelet will start the container again.",
          predict: { question: "What happens next?", choices: ["The Pod becomes Succeeded", "The container is restarted"], answer: 1, why: "Always restarts every exit, whatever the code." },
        },
        {
          label: "Restarted at once",
          explain: "The first restart is immediate; RESTARTS becomes 1. The app will exit 0 again 10 s later.",
          predict: { question: "Will the second restart also be immediate?", choices: ["Yes", "No, it waits for the back-off"], answer: 1, why: "The back-off entry now exists: the next restart waits 10 s after the exit." },
        },
        {
          label: "CrashLoopBackOff after a clean exit",
          explain: "The second exit waits out the 10 s back-off and kubectl shows CrashLoopBackOff, although nothing crashed. The name means 'restarting too often', not 'failed'.",
          predict: { question: "Does a CrashLoopBackOff always mean a non-zero exit?", choices: ["Yes", "No"], answer: 1, why: "Any repeated exit under Always, even 0, is subject to the same back-off." },
        },
      ],
      questions: [
        { question: "Which workload should run a command that finishes?", choices: ["A bare Pod with restartPolicy Always", "A Job (restartPolicy OnFailure or Never)", "A Deployment"], answer: 1, why: "Always is for servers; finishing work belongs in a Job, whose Pods use OnFailure or Never." },
      ],
    },
    ko: {
      title: "restartPolicy Always는 exit 0도 재시작한다",
      summary: "문서의 termination 예제는 10초 잠든 뒤 0으로 종료합니다. 기본 restartPolicy가 Always라서 정상 종료도 재시작되고, 종료가 반복되면 CrashLoopBackOff가 됩니다.",
      watch: "STATUS가 Completed, 다시 Running(RESTARTS 1), 그리고 CrashLoopBackOff로 바뀌는 것을 보세요. 단계는 계속 Running입니다.",
      moments: [
        {
          label: "Completed인데 단계는 Running",
          explain: "컨테이너가 0으로 종료했습니다(reason Completed). Always에서는 파드가 끝난 것이 아닙니다. kubelet이 컨테이너를 다시 시작할 것이므로 단계는 Running으로 유지됩니다.",
          predict: { question: "다음에는 무슨 일이 일어날까요?", choices: ["파드가 Succeeded가 된다", "컨테이너가 재시작된다"], answer: 1, why: "Always는 종료 코드와 상관없이 모든 종료를 재시작합니다." },
        },
        {
          label: "바로 재시작",
          explain: "첫 재시작은 바로 일어나고 RESTARTS가 1이 됩니다. 앱은 10초 뒤 다시 0으로 종료합니다.",
          predict: { question: "두 번째 재시작도 바로 일어날까요?", choices: ["예", "아니요, 백오프를 기다린다"], answer: 1, why: "이제 백오프 항목이 생겼으므로 다음 재시작은 종료 후 10초를 기다립니다." },
        },
        {
          label: "정상 종료인데 CrashLoopBackOff",
          explain: "두 번째 종료 뒤에는 10초 백오프를 기다리며, 아무것도 죽지 않았는데도 kubectl은 CrashLoopBackOff를 보여 줍니다. 이 이름은 '실패'가 아니라 '너무 자주 재시작 중'이라는 뜻입니다.",
          predict: { question: "CrashLoopBackOff는 항상 0이 아닌 종료를 뜻할까요?", choices: ["예", "아니요"], answer: 1, why: "Always에서는 0으로 끝나더라도 반복되는 종료에 같은 백오프가 적용됩니다." },
        },
      ],
      questions: [
        { question: "끝나는 명령을 실행하기에 알맞은 워크로드는?", choices: ["restartPolicy Always인 단독 파드", "Job(restartPolicy OnFailure 또는 Never)", "디플로이먼트"], answer: 1, why: "Always는 서버용입니다. 끝나는 작업은 OnFailure나 Never를 쓰는 잡(Job)의 몫입니다." },
      ],
    },
  },
};
