import yaml from "../scenarios/oomkilled.yaml?raw";
import type { Lesson } from "../types";

export const oomkilled: Lesson = {
  id: "oomkilled",
  topic: "resources",
  docs: ["memoryLimit"],
  yaml,
  comments: { ko: { "The docs' memory-demo-2: stress allocates 250M under a 100Mi limit.": "문서의 memory-demo-2: stress가 100Mi 제한 아래에서 250M을 할당합니다." } },
  moments: [
    { t: 2, checks: [{ kind: "row", pod: "memory-demo-2", at: 2, status: "OOMKilled", ready: "0/1", restarts: "0", phase: "Running" }] },
    { t: 3, checks: [{ kind: "row", pod: "memory-demo-2", at: 3, status: "OOMKilled", restarts: "1" }] },
    { t: 13, checks: [{ kind: "row", pod: "memory-demo-2", at: 13, status: "CrashLoopBackOff", restarts: "1" }, { kind: "sequence", pod: "memory-demo-2", statuses: ["OOMKilled", "CrashLoopBackOff", "OOMKilled", "CrashLoopBackOff"], until: 30 }] },
    { t: 35, checks: [{ kind: "row", pod: "memory-demo-2", at: 34, restarts: "2" }, { kind: "row", pod: "memory-demo-2", at: 35, status: "OOMKilled", restarts: "3" }] },
  ],
  text: {
    en: {
      title: "OOMKilled",
      summary: "The docs' memory-demo-2: stress allocates 250M in a container limited to 100Mi. The kernel's OOM killer ends it within a second of every start, and the kubelet's crash-loop back-off spaces the restarts.",
      watch: "STATUS OOMKilled (the terminated reason) alternating with CrashLoopBackOff, and RESTARTS.",
      moments: [
        {
          label: "OOMKilled",
          explain: "The allocation passes the 100Mi limit; the kernel kills the process. The container is Terminated with reason OOMKilled and exit code 137 (128 + SIGKILL).",
          predict: { question: "Who kills the container?", choices: ["The kubelet", "The Linux kernel (cgroup OOM killer)", "The scheduler"], answer: 1, why: "The memory limit is a cgroup limit; the kernel enforces it. The kubelet only reports it." },
        },
        {
          label: "Restarted at once, killed again",
          explain: "The first restart is immediate, and the new process is OOM-killed at once too: RESTARTS 1, STATUS OOMKilled.",
          predict: { question: "What will STATUS show next?", choices: ["CrashLoopBackOff", "Running", "Failed"], answer: 0, why: "The next restart waits for the 10 s back-off; meanwhile the container is Waiting with reason CrashLoopBackOff." },
        },
        {
          label: "CrashLoopBackOff",
          explain: "OOMKilled first, then CrashLoopBackOff: the termination reason shows until the next kubelet sync records the back-off.",
          predict: { question: "Is the phase Failed now?", choices: ["Yes", "No, Running"], answer: 1, why: "Under restartPolicy Always a crash-looping Pod stays Running." },
        },
        {
          label: "Restart 3 after 20 s",
          explain: "Restart 2 waited 10 s, restart 3 waits 20 s: the same doubling as any crash loop.",
          predict: { question: "Does raising the memory request (not the limit) help?", choices: ["Yes", "No"], answer: 1, why: "The request only affects scheduling; the limit is what the kernel enforces." },
        },
      ],
      questions: [
        { question: "Exit code 137 means …", choices: ["the process got SIGKILL (128 + 9)", "the image is missing", "the probe failed"], answer: 0, why: "Exit codes above 128 are 128 plus the signal number; 9 is SIGKILL, which the OOM killer sends." },
      ],
    },
    ko: {
      title: "OOMKilled: 메모리 제한 초과",
      summary: "문서의 memory-demo-2입니다. stress가 100Mi로 제한된 컨테이너에서 250M을 할당합니다. 커널의 OOM 킬러가 시작할 때마다 1초 안에 프로세스를 죽이고, kubelet의 크래시 루프 백오프가 재시작 간격을 벌립니다.",
      watch: "STATUS에서 OOMKilled(종료 reason)와 CrashLoopBackOff가 번갈아 나오는 것과 RESTARTS를 보세요.",
      moments: [
        {
          label: "OOMKilled",
          explain: "할당량이 100Mi 제한을 넘자 커널이 프로세스를 죽입니다. 컨테이너는 reason OOMKilled, 종료 코드 137(128 + SIGKILL)로 Terminated됩니다.",
          predict: { question: "컨테이너를 죽이는 것은?", choices: ["kubelet", "리눅스 커널(cgroup OOM killer)", "스케줄러"], answer: 1, why: "메모리 제한은 cgroup 제한이고 커널이 강제합니다. kubelet은 결과를 보고할 뿐입니다." },
        },
        {
          label: "바로 재시작, 또 죽음",
          explain: "첫 재시작은 바로 일어나고, 새 프로세스도 곧장 OOM으로 죽습니다. RESTARTS 1, STATUS OOMKilled입니다.",
          predict: { question: "다음에 STATUS는 무엇을 보여 줄까요?", choices: ["CrashLoopBackOff", "Running", "Failed"], answer: 0, why: "다음 재시작은 10초 백오프를 기다리고, 그동안 컨테이너는 reason CrashLoopBackOff로 Waiting입니다." },
        },
        {
          label: "CrashLoopBackOff",
          explain: "먼저 OOMKilled, 그다음 CrashLoopBackOff입니다. 다음 kubelet 동기화가 백오프를 기록할 때까지는 종료 reason이 보입니다.",
          predict: { question: "이제 단계는 Failed일까요?", choices: ["예", "아니요, Running"], answer: 1, why: "restartPolicy Always에서 크래시 루프에 빠진 파드는 Running으로 남습니다." },
        },
        {
          label: "20초 뒤 세 번째 재시작",
          explain: "두 번째 재시작은 10초, 세 번째는 20초를 기다립니다. 다른 크래시 루프와 똑같이 두 배씩 늘어납니다.",
          predict: { question: "메모리 제한이 아니라 요청을 올리면 도움이 될까요?", choices: ["예", "아니요"], answer: 1, why: "요청은 스케줄링에만 쓰이고, 커널이 강제하는 것은 제한입니다." },
        },
      ],
      questions: [
        { question: "종료 코드 137의 뜻은?", choices: ["프로세스가 SIGKILL을 받았다(128 + 9)", "이미지가 없다", "프로브가 실패했다"], answer: 0, why: "128보다 큰 종료 코드는 128에 신호 번호를 더한 값입니다. 9는 OOM 킬러가 보내는 SIGKILL입니다." },
      ],
    },
  },
};
