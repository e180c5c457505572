import yaml from "../scenarios/init-wait-service.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  initContainers:
  - name: wait-db
    image: busybox:1.36
    command: ["sh", "-c", "until nslookup mydb; do sleep 2; done"]
  containers:
  - name: app
    image: nginx:1.27
`,
  at: 120,
  check: { kind: "row", pod: "app" },
} satisfies QuestionSetup;

export const initWaitService: Lesson = {
  id: "init-wait-service",
  topic: "init",
  docs: ["initContainers"],
  yaml,
  comments: { ko: { "The docs' init containers wait for Services that a scripted apply creates at 60 s.": "문서의 초기화 컨테이너들이 서비스를 기다립니다. 시나리오가 60초에 kubectl apply로 서비스를 만듭니다." } },
  moments: [
    { t: 2, checks: [{ kind: "row", pod: "myapp-pod", at: 2, status: "Init:0/2", ready: "0/1", phase: "Pending" }] },
    { t: 59, checks: [{ kind: "row", pod: "myapp-pod", at: 59, status: "Init:0/2", restarts: "0", phase: "Pending" }] },
    { t: 62, checks: [{ kind: "row", pod: "myapp-pod", at: 62, status: "Init:1/2" }] },
    {
      t: 64,
      checks: [
        { kind: "row", pod: "myapp-pod", at: 63, status: "PodInitializing" },
        { kind: "row", pod: "myapp-pod", at: 64, status: "Running", ready: "1/1", phase: "Running" },
      ],
    },
  ],
  text: {
    en: {
      title: "Init containers wait for Services",
      summary: "The docs' example: two init containers loop on nslookup until the Services myservice and mydb exist. A scripted apply creates both at 60 s; then the init containers finish in order and the app starts.",
      watch: "STATUS Init:0/2 for a whole minute, then Init:1/2, PodInitializing, Running.",
      moments: [
        {
          label: "Init:0/2",
          explain: "init-myservice runs its until-loop: nslookup fails, sleep 2, again. The app container cannot start and the Pod is Pending.",
          predict: {
            question: "STATUS is Init:0/2. Do the two init containers run at the same time?",
            choices: ["Yes, both start together", "No, one after the other", "Yes, but the second waits for the first's Service"],
            answer: 1,
            whys: [
              "That is how regular containers start. Init containers run one at a time.",
              "Each init container must exit 0 before the next starts.",
              "Nothing links the second to the first's Service: it simply does not start until the first has exited 0.",
            ],
          },
        },
        {
          label: "Still waiting",
          explain: "A minute in, nothing has changed and nothing restarted: the loop is not failing, it is waiting. Init:0/2 can last forever.",
          predict: {
            question: "A minute in, still Init:0/2 and no restarts. What will unblock the Pod?",
            choices: ["A time-out on init containers", "The Services being created", "A restart of the init container by the kubelet"],
            answer: 1,
            whys: [
              "There is none: an init container may run forever (only the Pod's activeDeadlineSeconds, if set, would end it).",
              "The loop ends only when nslookup succeeds, that is, when the Service exists.",
              "The loop never exits, so there is nothing to restart; and a restart would just loop again.",
            ],
          },
        },
        {
          label: "Init:1/2",
          explain: "The Services appear at 60 s. init-myservice's next nslookup succeeds and it exits 0; init-mydb starts.",
          predict: {
            question: "The Services appear at 60 s; init-myservice exits 0 and init-mydb starts. Its Service also exists now. How long will it take?",
            choices: ["About a second", "About a minute, like the first", "Until the first Service's endpoints are ready"],
            answer: 0,
            whys: [
              "Its first nslookup already succeeds, so it exits 0 at once.",
              "The first waited only because its Service was missing; this one's already exists.",
              "nslookup of a ClusterIP Service resolves as soon as the Service exists; endpoints do not matter.",
            ],
          },
        },
        {
          label: "PodInitializing, then Running",
          explain: "Both init containers completed; PodInitializing shows while the app container is being created, then the Pod is Running 1/1.",
          predict: {
            question: "Both init containers completed; the app is being created. When the Pod is Running, what does READY count?",
            choices: ["3/3: both init containers and the app", "1/1: the app only", "1/3"],
            answer: 1,
            whys: [
              "Completed init containers are not counted; READY is about containers that serve.",
              "READY counts regular containers (and started sidecars), not completed init containers.",
              "The denominator has only regular containers and sidecars; plain init containers never appear in it.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "No Service named mydb exists. What does kubectl get pods show for app 2 minutes after apply (READY STATUS RESTARTS)?",
          choices: ["0/1 Init:0/1 0", "0/1 Init:CrashLoopBackOff 2", "0/1 Init:Error 0", "1/1 Running 0"],
          answer: 0,
          whys: [
            "wait-db loops and never exits; the app cannot start, and the Pod waits as long as it takes.",
            "A failing nslookup inside the loop is not a failing container: the shell keeps looping and never exits, so there is nothing to restart.",
            "Init:Error needs the init container to exit non-zero; this one is still running.",
            "App containers start only after every init container has exited 0.",
          ],
        },
        {
          question: "An init container prepares a config file in a shared emptyDir, then exits 0. The app container reads it. What does kubectl get pods show while the app is being created, right after the init container finished?",
          choices: ["Init:1/1", "PodInitializing", "ContainerCreating", "Completed"],
          answer: 1,
          whys: [
            "kubectl counts init progress as Init:N/M only while some init container has not completed; once all have, it moves on.",
            "All init containers completed and the app container is being created: its Waiting reason is PodInitializing.",
            "ContainerCreating is what a Pod without init containers shows while its containers are created; in a Pod with init containers the app waits with reason PodInitializing.",
            "Completed is a terminated reason. kubectl shows it for the whole Pod only when its regular containers have exited 0.",
          ],
        },
      ],
    },
    ko: {
      title: "서비스를 기다리는 초기화 컨테이너",
      summary: "문서의 예제입니다. 초기화 컨테이너 두 개가 myservice와 mydb 서비스가 생길 때까지 nslookup을 반복합니다. 60초에 스크립트의 apply가 두 서비스를 만들면 초기화 컨테이너가 순서대로 끝나고 앱이 시작됩니다.",
      watch: "STATUS가 1분 내내 Init:0/2였다가 Init:1/2, PodInitializing, Running으로 바뀌는 것을 보세요.",
      moments: [
        {
          label: "Init:0/2",
          explain: "init-myservice가 until 루프를 돕니다. nslookup 실패, sleep 2, 다시 시도. 앱 컨테이너는 시작할 수 없고 파드는 Pending입니다.",
          predict: {
            question: "STATUS가 Init:0/2입니다. 초기화 컨테이너 두 개가 동시에 실행될까요?",
            choices: ["그렇다, 함께 시작한다", "아니다, 하나씩 차례로", "그렇다, 다만 두 번째가 첫 번째의 서비스를 기다린다"],
            answer: 1,
            whys: [
              "그것은 일반 컨테이너가 시작하는 방식입니다. 초기화 컨테이너는 하나씩 실행됩니다.",
              "초기화 컨테이너는 앞의 것이 0으로 종료해야 다음 것이 시작합니다.",
              "두 번째를 첫 번째의 서비스와 잇는 것은 없습니다. 첫 번째가 0으로 종료할 때까지 시작하지 않을 뿐입니다.",
            ],
          },
        },
        {
          label: "계속 대기 중",
          explain: "1분이 지나도 바뀐 것도 재시작도 없습니다. 루프는 실패하는 게 아니라 기다리는 중이라서, Init:0/2는 끝없이 이어질 수 있습니다.",
          predict: {
            question: "1분이 지나도 Init:0/2이고 재시작도 없습니다. 무엇이 파드를 풀어 줄까요?",
            choices: ["초기화 컨테이너의 시간 제한", "서비스가 만들어지는 것", "kubelet의 초기화 컨테이너 재시작"],
            answer: 1,
            whys: [
              "그런 것은 없습니다. 초기화 컨테이너는 영원히 실행될 수 있습니다(파드의 activeDeadlineSeconds를 설정했다면 그것만 끝낼 수 있음).",
              "반복은 nslookup이 성공할 때, 즉 서비스가 생겨야 끝납니다.",
              "반복이 끝나지 않으니 재시작할 것도 없습니다. 재시작해도 다시 반복할 뿐입니다.",
            ],
          },
        },
        {
          label: "Init:1/2",
          explain: "60초에 서비스가 생깁니다. init-myservice의 다음 nslookup이 성공해 0으로 종료하고 init-mydb가 시작됩니다.",
          predict: {
            question: "60초에 서비스가 생기고, init-myservice가 0으로 종료해 init-mydb가 시작합니다. 그 서비스도 이미 있습니다. 얼마나 걸릴까요?",
            choices: ["1초 정도", "첫 번째처럼 1분 정도", "첫 서비스의 엔드포인트가 준비될 때까지"],
            answer: 0,
            whys: [
              "첫 nslookup부터 성공하므로 바로 0으로 종료합니다.",
              "첫 번째는 서비스가 없어서 기다렸을 뿐입니다. 이번 서비스는 이미 있습니다.",
              "ClusterIP 서비스의 nslookup은 서비스가 생기자마자 풀립니다. 엔드포인트는 상관없습니다.",
            ],
          },
        },
        {
          label: "PodInitializing, 그리고 Running",
          explain: "두 초기화 컨테이너가 완료되었습니다. 앱 컨테이너를 만드는 동안 PodInitializing이 보이고, 그다음 파드는 Running 1/1이 됩니다.",
          predict: {
            question: "초기화 컨테이너 둘이 완료되었고 앱을 만드는 중입니다. 파드가 Running이 되면 READY는 무엇을 셀까요?",
            choices: ["3/3: 초기화 컨테이너 둘과 앱", "1/1: 앱만", "1/3"],
            answer: 1,
            whys: [
              "완료된 초기화 컨테이너는 세지 않습니다. READY는 요청을 받는 컨테이너에 관한 것입니다.",
              "READY는 일반 컨테이너(와 시작한 사이드카)를 셉니다. 완료된 초기화 컨테이너는 세지 않습니다.",
              "분모에는 일반 컨테이너와 사이드카만 들어갑니다. 일반 초기화 컨테이너는 나오지 않습니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "mydb라는 서비스는 없습니다. 적용하고 2분 뒤 kubectl get pods에 app은 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["0/1 Init:0/1 0", "0/1 Init:CrashLoopBackOff 2", "0/1 Init:Error 0", "1/1 Running 0"],
          answer: 0,
          whys: [
            "wait-db는 반복하며 끝나지 않습니다. 앱은 시작할 수 없고, 파드는 필요한 만큼 기다립니다.",
            "반복 안에서 nslookup이 실패하는 것은 컨테이너의 실패가 아닙니다. 셸은 계속 반복하며 종료하지 않으니 재시작할 것이 없습니다.",
            "Init:Error는 초기화 컨테이너가 0이 아닌 코드로 종료해야 나옵니다. 이 컨테이너는 아직 실행 중입니다.",
            "앱 컨테이너는 모든 초기화 컨테이너가 0으로 종료한 뒤에야 시작합니다.",
          ],
        },
        {
          question: "초기화 컨테이너가 공유 emptyDir에 설정 파일을 만들고 0으로 종료합니다. 앱 컨테이너가 그 파일을 읽습니다. 초기화 컨테이너가 끝난 직후, 앱을 만드는 동안 kubectl get pods에는 무엇이 보일까요?",
          choices: ["Init:1/1", "PodInitializing", "ContainerCreating", "Completed"],
          answer: 1,
          whys: [
            "kubectl은 아직 완료되지 않은 초기화 컨테이너가 있을 때만 Init:N/M으로 진행을 셉니다. 모두 끝나면 넘어갑니다.",
            "초기화 컨테이너가 모두 완료되었고 앱 컨테이너를 만드는 중입니다. 그 Waiting의 reason이 PodInitializing입니다.",
            "ContainerCreating은 초기화 컨테이너가 없는 파드가 컨테이너를 만드는 동안 보입니다. 초기화 컨테이너가 있는 파드에서 앱은 reason PodInitializing으로 기다립니다.",
            "Completed는 종료 reason입니다. kubectl이 파드 전체에 보여 주는 것은 일반 컨테이너가 0으로 종료했을 때뿐입니다.",
          ],
        },
      ],
    },
  },
};
