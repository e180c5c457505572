import{n as e}from"./rolldown-runtime-BLXQ4ufn.js";var t={id:`batch-completes`,topic:`phases`,title:{en:`A finished job keeps starting over`,ko:`끝난 작업이 자꾸 다시 시작돼요`},yaml:`# A nightly report: it works for 20 s, writes the report and exits 0.
apiVersion: v1
kind: Pod
metadata:
  name: report
spec:
  containers:
  - name: report
    image: busybox:1.36
    command: ["sh", "-c", "echo building the report; sleep 20; echo report written"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: batch-completes
spec:
  title:
    en: A finished job keeps starting over
    ko: 끝난 작업이 자꾸 다시 시작돼요
  task:
    en: The report Pod does its work and exits 0, yet it is started again and again. Make it run once and stay Completed. Keep the container's image and command.
    ko: report 파드는 일을 마치고 0으로 종료하는데도 계속 다시 시작됩니다. 한 번만 실행되고 Completed 상태로 남도록 고치세요. 컨테이너의 이미지와 command는 그대로 두세요.
  fixed:
  - kind: Pod
    name: report
    fields: [spec.containers.0.image, spec.containers.0.command]
  goals:
  - text: {en: "report is Completed (phase Succeeded) with no restarts at 2:00", ko: "2:00에 report가 재시작 없이 Completed(phase Succeeded)"}
    check: {kind: row, pod: report, at: 120, status: Completed, phase: Succeeded, restarts: 0}
  - text: {en: "the report is written at 2:00", ko: "2:00에 보고서가 작성되어 있음"}
    check: {kind: log, pod: report, container: report, at: 120, text: {includes: report written}}
  hints:
  - en: Watch RESTARTS after the first run ends. The container exited 0, and it was still restarted.
    ko: 첫 실행이 끝난 뒤 RESTARTS를 보세요. 컨테이너가 0으로 종료했는데도 재시작되었습니다.
  - en: The Pod's spec.restartPolicy decides what the kubelet does after a container exits. The default, Always, restarts even a clean exit.
    ko: 컨테이너가 종료된 뒤 kubelet이 무엇을 할지는 파드의 spec.restartPolicy가 정합니다. 기본값 Always는 정상 종료도 재시작합니다.
  - en: "Set restartPolicy: OnFailure (or Never) in the Pod's spec: an exit 0 is then final."
    ko: "파드 spec에 restartPolicy: OnFailure(또는 Never)를 넣으세요. 그러면 0으로 종료한 것으로 끝납니다."
`,answer:`# A nightly report: it works for 20 s, writes the report and exits 0.
apiVersion: v1
kind: Pod
metadata:
  name: report
spec:
  restartPolicy: OnFailure
  containers:
  - name: report
    image: busybox:1.36
    command: ["sh", "-c", "echo building the report; sleep 20; echo report written"]
`},n={id:`smoke-test-fails`,topic:`restartPolicy`,title:{en:`A failed test must stay failed`,ko:`실패한 테스트는 실패로 남아야 해요`},yaml:`# A smoke test: it checks the login page and exits 1 when the check fails (today it does).
apiVersion: v1
kind: Pod
metadata:
  name: smoke
spec:
  restartPolicy: OnFailure
  containers:
  - name: test
    image: busybox:1.36
    command: ["sh", "-c", "echo running the smoke tests; sleep 5; echo 'FAIL: /login returned 500'; exit 1"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: smoke-test-fails
spec:
  title:
    en: A failed test must stay failed
    ko: 실패한 테스트는 실패로 남아야 해요
  task:
    en: "The CI pipeline waits for the smoke Pod to reach phase Succeeded or Failed. When the test fails, the Pod is retried forever instead, so the pipeline hangs. Make a failed run final: the Pod must end Failed after one run, with its output kept for kubectl logs. Keep the test's image and command."
    ko: "CI 파이프라인은 smoke 파드의 단계가 Succeeded나 Failed가 되기를 기다립니다. 그런데 테스트가 실패하면 파드가 끝없이 다시 시도되어 파이프라인이 멈춰 버립니다. 실패한 실행이 최종 결과가 되게 하세요. 파드는 한 번 실행한 뒤 Failed로 끝나야 하고, 출력은 kubectl logs로 볼 수 있어야 합니다. 테스트의 이미지와 command는 그대로 두세요."
  fixed:
  - kind: Pod
    name: smoke
    fields: [spec.containers.0.image, spec.containers.0.command]
  goals:
  - text: {en: "smoke is in phase Failed with no restarts at 1:00", ko: "1:00에 smoke가 재시작 없이 phase Failed"}
    check: {kind: row, pod: smoke, at: 60, phase: Failed, status: Error, restarts: 0}
  - text: {en: "the failure is in the test's log at 2:00", ko: "2:00에 테스트 로그에 실패 내용이 남아 있음"}
    check: {kind: log, pod: smoke, container: test, at: 120, text: {includes: "FAIL: /login returned 500"}}
  hints:
  - en: "The Pod already has restartPolicy: OnFailure. Which exits does OnFailure restart?"
    ko: "파드에는 이미 restartPolicy: OnFailure가 있습니다. OnFailure는 어떤 종료를 재시작할까요?"
  - en: A Pod reaches phase Failed only when all its containers have ended and the kubelet will not restart any of them.
    ko: 파드가 phase Failed가 되려면 모든 컨테이너가 끝났고, kubelet이 그중 어느 것도 재시작하지 않아야 합니다.
  - en: "restartPolicy: Never: the first non-zero exit is final and the Pod is Failed."
    ko: "restartPolicy: Never로 바꾸세요. 처음 0이 아닌 코드로 종료하면 그것으로 끝이고 파드는 Failed가 됩니다."
`,answer:`# A smoke test: it checks the login page and exits 1 when the check fails (today it does).
apiVersion: v1
kind: Pod
metadata:
  name: smoke
spec:
  restartPolicy: Never
  containers:
  - name: test
    image: busybox:1.36
    command: ["sh", "-c", "echo running the smoke tests; sleep 5; echo 'FAIL: /login returned 500'; exit 1"]
`},r={id:`retry-on-failure`,topic:`restartPolicy`,title:{en:`Try the import once more`,ko:`가져오기를 한 번 더 시도하기`},yaml:`# A data import: its first attempt times out while the database warms up; a second attempt works.
apiVersion: v1
kind: Pod
metadata:
  name: import
spec:
  restartPolicy: Never
  volumes:
  - name: state
    emptyDir: {}
  containers:
  - name: import
    image: busybox:1.36
    command: ["sh", "-c", "if [ -f /state/tried ]; then echo importing; sleep 10; echo import done; exit 0; fi; touch /state/tried; echo 'database not ready: timeout'; sleep 5; exit 1"]
    volumeMounts:
    - name: state
      mountPath: /state
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: retry-on-failure
spec:
  title:
    en: Try the import once more
    ko: 가져오기를 한 번 더 시도하기
  task:
    en: The import fails on its first attempt while the database warms up, and the Pod gives up at once. Let the kubelet retry the failed container in the same Pod, so the import finishes and the Pod ends Succeeded, not restarted after that. Keep the container's image and command.
    ko: 가져오기(import) 작업은 데이터베이스가 준비되는 동안 첫 시도에서 실패하고, 파드는 그 자리에서 포기해 버립니다. kubelet이 실패한 컨테이너를 같은 파드 안에서 다시 실행하게 해서, 가져오기가 끝나고 파드가 Succeeded로 끝나게 하세요. 그 뒤로는 다시 시작되면 안 됩니다. 컨테이너의 이미지와 command는 그대로 두세요.
  fixed:
  - kind: Pod
    name: import
    fields: [spec.containers.0.image, spec.containers.0.command]
  goals:
  - text: {en: "import is Completed (phase Succeeded) at 2:00, after exactly one retry", ko: "2:00에 import가 한 번만 재시도한 뒤 Completed(phase Succeeded)"}
    check: {kind: row, pod: import, at: 120, status: Completed, phase: Succeeded, restarts: 1}
  - text: {en: "the log says the import is done at 2:00", ko: "2:00에 로그에 가져오기 완료가 찍혀 있음"}
    check: {kind: log, pod: import, container: import, at: 120, text: {includes: import done}}
  hints:
  - en: "With restartPolicy: Never the first exit 1 is final: the Pod is Failed and nothing runs again."
    ko: "restartPolicy: Never에서는 처음 1로 종료한 것이 최종 결과입니다. 파드는 Failed가 되고 아무것도 다시 실행되지 않습니다."
  - en: Of the three restart policies, one restarts a container only when it fails, and leaves a clean exit alone.
    ko: 세 가지 재시작 정책 중 하나는 컨테이너가 실패했을 때만 재시작하고, 정상 종료는 그대로 둡니다.
  - en: "restartPolicy: OnFailure. (Always would also restart the import after it succeeds.)"
    ko: "restartPolicy: OnFailure입니다. (Always는 가져오기가 성공한 뒤에도 다시 시작합니다.)"
`,answer:`# A data import: its first attempt times out while the database warms up; a second attempt works.
apiVersion: v1
kind: Pod
metadata:
  name: import
spec:
  restartPolicy: OnFailure
  volumes:
  - name: state
    emptyDir: {}
  containers:
  - name: import
    image: busybox:1.36
    command: ["sh", "-c", "if [ -f /state/tried ]; then echo importing; sleep 10; echo import done; exit 0; fi; touch /state/tried; echo 'database not ready: timeout'; sleep 5; exit 1"]
    volumeMounts:
    - name: state
      mountPath: /state
`},i={id:`crashloop-args`,topic:`backoff`,title:{en:`CrashLoopBackOff from one wrong word`,ko:`단어 하나 때문에 CrashLoopBackOff`},yaml:`# An API server whose entrypoint takes a subcommand: "serve" runs the API, "migrate" updates the schema.
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
  - name: api
    image: busybox:1.36
    command: ["sh", "-c", "case \\"$1\\" in serve) echo 'listening on :8080'; sleep 3600;; migrate) echo 'schema up to date'; exit 0;; *) echo \\"unknown subcommand: $1\\"; echo 'usage: api serve|migrate'; exit 2;; esac", "api"]
    args: ["server"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 3m
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: crashloop-args
spec:
  title:
    en: CrashLoopBackOff from one wrong word
    ko: 단어 하나 때문에 CrashLoopBackOff
  task:
    en: The api Pod is in CrashLoopBackOff. Find out why from what the container prints, and fix the Pod so the API runs without a single restart. The entrypoint (image and command) is the app's and stays as it is.
    ko: api 파드가 CrashLoopBackOff 상태입니다. 컨테이너가 출력한 내용에서 원인을 찾아, API가 한 번도 재시작하지 않고 실행되도록 파드를 고치세요. 엔트리포인트(이미지와 command)는 앱의 것이므로 그대로 두세요.
  fixed:
  - kind: Pod
    name: api
    fields: [spec.containers.0.image, spec.containers.0.command]
  goals:
  - text: {en: "api is 1/1 Running with no restarts at 3:00", ko: "3:00에 api가 재시작 없이 1/1 Running"}
    check: {kind: row, pod: api, at: 180, status: Running, ready: 1/1, restarts: 0}
  - text: {en: "the kubelet never backs off restarting api", ko: "kubelet이 api 재시작을 한 번도 미루지(back-off) 않음"}
    check: {kind: event, reason: BackOff, object: api, absent: true}
  hints:
  - en: Read the container's log (kubectl logs api, or --previous while it waits to restart). What does the app say about its argument?
    ko: 컨테이너 로그를 보세요(kubectl logs api, 재시작을 기다리는 중이면 --previous). 앱이 인자에 대해 뭐라고 하나요?
  - en: The container runs command followed by args. The command is right; the args pass a subcommand the app does not know.
    ko: 컨테이너는 command 뒤에 args를 붙여 실행합니다. command는 맞고, args가 앱이 모르는 하위 명령을 넘기고 있습니다.
  - en: "Change args to [\\"serve\\"]."
    ko: "args를 [\\"serve\\"]로 바꾸세요."
`,answer:`# An API server whose entrypoint takes a subcommand: "serve" runs the API, "migrate" updates the schema.
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
  - name: api
    image: busybox:1.36
    command: ["sh", "-c", "case \\"$1\\" in serve) echo 'listening on :8080'; sleep 3600;; migrate) echo 'schema up to date'; exit 0;; *) echo \\"unknown subcommand: $1\\"; echo 'usage: api serve|migrate'; exit 2;; esac", "api"]
    args: ["serve"]
`},a={id:`image-typo`,topic:`backoff`,title:{en:`Stuck in ImagePullBackOff`,ko:`ImagePullBackOff에서 멈춰 있어요`},yaml:`# The shop's front page: stock nginx 1.27 serving / on port 80 (someone typed the tag by hand).
apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  containers:
  - name: web
    image: nginx:1.271
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet: {path: /, port: 80}
      periodSeconds: 5
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 3m
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: image-typo
spec:
  title:
    en: Stuck in ImagePullBackOff
    ko: ImagePullBackOff에서 멈춰 있어요
  task:
    en: The shop Pod never starts; it waits longer and longer between attempts. Find out why and fix it, so that nginx 1.27 serves the page. Keep the readiness probe.
    ko: shop 파드가 시작되지 않고, 시도할 때마다 점점 더 오래 기다립니다. 원인을 찾아서 nginx 1.27이 페이지를 서비스하도록 고치세요. 준비성 프로브는 그대로 두세요.
  fixed:
  - kind: Pod
    name: shop
    fields: [spec.containers.0.command, spec.containers.0.args, spec.containers.0.readinessProbe]
  goals:
  - text: {en: "shop is 1/1 Running at 1:00", ko: "1:00에 shop이 1/1 Running"}
    check: {kind: row, pod: shop, at: 60, status: Running, ready: 1/1}
  - text: {en: "the kubelet never backs off pulling the image", ko: "kubelet이 이미지 받기를 한 번도 미루지(back-off) 않음"}
    check: {kind: event, reason: BackOff, object: shop, absent: true}
  hints:
  - en: Look at the Failed and BackOff events of shop. Which step fails, and with what message?
    ko: shop의 Failed, BackOff 이벤트를 보세요. 어느 단계가 어떤 메시지로 실패하나요?
  - en: The registry answers "not found" for this image reference. Compare the tag with nginx's released versions.
    ko: 레지스트리가 이 이미지 참조에 대해 "not found"라고 답합니다. 태그를 nginx가 실제로 배포한 버전과 비교해 보세요.
  - en: "The tag has one digit too many: image: nginx:1.27."
    ko: "태그에 숫자가 하나 더 붙어 있습니다. image: nginx:1.27로 고치세요."
`,answer:`# The shop's front page: stock nginx 1.27 serving / on port 80 (someone typed the tag by hand).
apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet: {path: /, port: 80}
      periodSeconds: 5
`},o={id:`report-waits`,topic:`backoff`,title:{en:`The back-off makes the report late`,ko:`백오프 때문에 보고서가 늦어요`},yaml:`# A report job: it looks up the database Service db and exits 1 when it cannot find it.
apiVersion: v1
kind: Pod
metadata:
  name: report
spec:
  restartPolicy: OnFailure
  containers:
  - name: report
    image: busybox:1.28
    command: ["sh", "-c", "nslookup db > /dev/null || { echo 'cannot resolve db'; exit 1; }; echo 'report sent'"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 3m
  actions:
  - at: 45s
    apply:
    - {apiVersion: v1, kind: Service, metadata: {name: db}, spec: {ports: [{port: 5432}]}}
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: report-waits
spec:
  title:
    en: The back-off makes the report late
    ko: 백오프 때문에 보고서가 늦어요
  task:
    en: The database Service db appears 45 s after the report Pod. Until then the report fails, and each retry comes later than the last, so the report goes out long after db is there. Make the Pod wait for db instead of failing, so the report runs once, as soon as it can. Keep the report container's image and command.
    ko: 데이터베이스 서비스 db는 report 파드보다 45초 늦게 생깁니다. 그때까지 report는 실패하고, 재시도할 때마다 간격이 길어져서 db가 생긴 뒤에도 한참 지나서야 보고서가 나갑니다. 실패하는 대신 파드가 db를 기다리게 해서, report가 가능한 한 빨리 단 한 번 실행되게 하세요. report 컨테이너의 이미지와 command는 그대로 두세요.
  fixed:
  - kind: Pod
    name: report
    fields: [spec.containers.0.image, spec.containers.0.command]
  goals:
  - text: {en: "the report is sent by 1:05, with no restarts", ko: "1:05까지 재시작 없이 보고서가 전송됨"}
    check: {kind: row, pod: report, at: 65, status: Completed, restarts: 0}
  - text: {en: "the kubelet never backs off restarting a container of report", ko: "kubelet이 report의 컨테이너 재시작을 한 번도 미루지(back-off) 않음"}
    check: {kind: event, reason: BackOff, object: report, absent: true}
  hints:
  - en: "Watch the restarts of report: after each failure the kubelet waits twice as long (10 s, 20 s, 40 s…) before the next attempt."
    ko: "report의 재시작을 보세요. 실패할 때마다 kubelet은 다음 시도까지 두 배씩 더 기다립니다(10초, 20초, 40초…)."
  - en: Something has to run before the report container, and finish only once db can be found.
    ko: report 컨테이너보다 먼저 실행되어, db를 찾을 수 있을 때에야 끝나는 무언가가 필요합니다.
  - en: "Add an init container (busybox:1.28) that loops: until nslookup db; do echo waiting for db; sleep 2; done"
    ko: "초기화 컨테이너(busybox:1.28)를 추가해 반복하게 하세요: until nslookup db; do echo waiting for db; sleep 2; done"
`,answer:`# A report job: it looks up the database Service db and exits 1 when it cannot find it.
apiVersion: v1
kind: Pod
metadata:
  name: report
spec:
  restartPolicy: OnFailure
  initContainers:
  - name: wait-for-db
    image: busybox:1.28
    command: ["sh", "-c", "until nslookup db; do echo waiting for db; sleep 2; done"]
  containers:
  - name: report
    image: busybox:1.28
    command: ["sh", "-c", "nslookup db > /dev/null || { echo 'cannot resolve db'; exit 1; }; echo 'report sent'"]
`},s={id:`liveness-initial-delay`,topic:`probes`,title:{en:`Give the app time before the first check`,ko:`첫 검사 전에 앱에게 시간을 주기`},yaml:`# A catalogue service: it loads its data for 20 s, then answers /healthz on :8080. At 2 minutes of age it deadlocks (/healthz 500).
apiVersion: v1
kind: Pod
metadata:
  name: catalog
spec:
  containers:
  - name: app
    image: example.com/catalog:3.2
    ports:
    - containerPort: 8080
    livenessProbe:
      httpGet: {path: /healthz, port: 8080}
      periodSeconds: 5
      failureThreshold: 3
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 3m
  images:
  - {image: example.com/catalog:3.2, present: true}
  behaviors:
  - image: example.com/catalog:3.2
    listens:
    - {port: 8080, after: 20s}
    http:
    - path: /healthz
      port: 8080
      responses:
      - {after: 0s, status: 200}
      - {after: 120s, status: 500}
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: liveness-initial-delay
spec:
  title:
    en: Give the app time before the first check
    ko: 첫 검사 전에 앱에게 시간을 주기
  task:
    en: The catalog app needs 20 s to load before it answers, and its liveness probe kills it before then, every time. Delay the probe's first check so the app can start, while a real deadlock later is still caught. Do not add a startup probe, and keep the probe's check, period and failure threshold.
    ko: catalog 앱은 응답하기까지 데이터를 읽는 데 20초가 걸리는데, 활성 프로브가 매번 그 전에 앱을 죽입니다. 프로브의 첫 검사를 늦춰서 앱이 시작할 수 있게 하되, 나중에 실제로 교착 상태(deadlock)가 되면 여전히 잡아내야 합니다. 시작 프로브는 추가하지 말고, 프로브의 검사 방식, 주기, 실패 임계값은 그대로 두세요.
  fixed:
  - kind: Pod
    name: catalog
    fields:
    - spec.containers.0.image
    - spec.containers.0.startupProbe
    - spec.containers.0.livenessProbe.httpGet
    - spec.containers.0.livenessProbe.periodSeconds
    - spec.containers.0.livenessProbe.failureThreshold
  goals:
  - text: {en: "catalog is Running with no restarts at 1:50", ko: "1:50에 catalog가 재시작 없이 Running"}
    check: {kind: row, pod: catalog, at: 110, status: Running, restarts: 0}
  - text: {en: "the deadlock at 2:00 is caught: the liveness probe restarts catalog by 2:40", ko: "2:00의 교착 상태를 잡아냄: 2:40까지 활성 프로브가 catalog를 재시작"}
    check: {kind: event, reason: Killing, object: catalog, message: {includes: failed liveness probe}, first: [120, 160]}
  hints:
  - en: Look at the Unhealthy events before the first restart. The probe runs from the moment the container starts, while the port is still closed.
    ko: 첫 재시작 전의 Unhealthy 이벤트를 보세요. 프로브는 포트가 아직 닫혀 있는 컨테이너 시작 직후부터 실행됩니다.
  - en: A probe's initialDelaySeconds is how long the kubelet waits after the container starts before the first check.
    ko: 프로브의 initialDelaySeconds는 컨테이너가 시작된 뒤 첫 검사까지 kubelet이 기다리는 시간입니다.
  - en: "Three failures 5 s apart must not all fall before 20 s: initialDelaySeconds: 25 leaves some room. Minutes would let the deadlock go unnoticed."
    ko: "5초 간격의 실패 세 번이 모두 20초 전에 일어나면 안 됩니다. initialDelaySeconds: 25면 여유가 있습니다. 몇 분씩 잡으면 교착 상태를 알아채지 못합니다."
`,answer:`# A catalogue service: it loads its data for 20 s, then answers /healthz on :8080. At 2 minutes of age it deadlocks (/healthz 500).
apiVersion: v1
kind: Pod
metadata:
  name: catalog
spec:
  containers:
  - name: app
    image: example.com/catalog:3.2
    ports:
    - containerPort: 8080
    livenessProbe:
      httpGet: {path: /healthz, port: 8080}
      initialDelaySeconds: 25
      periodSeconds: 5
      failureThreshold: 3
`},c={id:`liveness-timeout`,topic:`probes`,title:{en:`A health check that needs more than a second`,ko:`1초보다 오래 걸리는 헬스 체크`},yaml:`# A worker whose health check script asks the database, which takes about 2 s. At 2 minutes the worker deadlocks and its health file goes.
apiVersion: v1
kind: Pod
metadata:
  name: worker
spec:
  containers:
  - name: worker
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/healthy; echo working; sleep 120; echo 'deadlock: queue lock never released'; rm /tmp/healthy; sleep 3600"]
    livenessProbe:
      exec:
        command: ["sh", "-c", "sleep 2; cat /tmp/healthy"]
      periodSeconds: 10
      failureThreshold: 3
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 4m
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: liveness-timeout
spec:
  title:
    en: A health check that needs more than a second
    ko: 1초보다 오래 걸리는 헬스 체크
  task:
    en: The worker's health check takes about 2 s, and the liveness probe restarts the worker although it is healthy. Fix the probe so a healthy worker is left alone and a deadlocked one is still restarted. Keep the worker, the check command, its period and its failure threshold.
    ko: worker의 헬스 체크는 2초쯤 걸리는데, 활성 프로브가 멀쩡한 worker를 재시작합니다. 정상인 worker는 그대로 두고 교착 상태(deadlock)에 빠진 worker는 여전히 재시작되도록 프로브를 고치세요. worker, 검사 명령, 주기, 실패 임계값은 그대로 두세요.
  fixed:
  - kind: Pod
    name: worker
    fields:
    - spec.containers.0.image
    - spec.containers.0.command
    - spec.containers.0.livenessProbe.exec
    - spec.containers.0.livenessProbe.periodSeconds
    - spec.containers.0.livenessProbe.failureThreshold
  goals:
  - text: {en: "worker is Running with no restarts at 1:55", ko: "1:55에 worker가 재시작 없이 Running"}
    check: {kind: row, pod: worker, at: 115, status: Running, restarts: 0}
  - text: {en: "the deadlock at 2:00 is caught: the liveness probe restarts worker by 3:00", ko: "2:00의 교착 상태를 잡아냄: 3:00까지 활성 프로브가 worker를 재시작"}
    check: {kind: event, reason: Killing, object: worker, message: {includes: failed liveness probe}, first: [120, 180]}
  hints:
  - en: The Unhealthy events say the probe failed, though /tmp/healthy exists. How long may one check take?
    ko: /tmp/healthy가 있는데도 Unhealthy 이벤트는 프로브가 실패했다고 합니다. 검사 한 번에 얼마나 걸려도 될까요?
  - en: A probe that does not finish within timeoutSeconds counts as a failure. The default is 1 s.
    ko: timeoutSeconds 안에 끝나지 않은 프로브는 실패로 칩니다. 기본값은 1초입니다.
  - en: "Give the check room: timeoutSeconds: 5 (less than the 10 s period)."
    ko: "검사에 여유를 주세요. timeoutSeconds: 5(주기 10초보다 작게)."
`,answer:`# A worker whose health check script asks the database, which takes about 2 s. At 2 minutes the worker deadlocks and its health file goes.
apiVersion: v1
kind: Pod
metadata:
  name: worker
spec:
  containers:
  - name: worker
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/healthy; echo working; sleep 120; echo 'deadlock: queue lock never released'; rm /tmp/healthy; sleep 3600"]
    livenessProbe:
      exec:
        command: ["sh", "-c", "sleep 2; cat /tmp/healthy"]
      timeoutSeconds: 5
      periodSeconds: 10
      failureThreshold: 3
`},l={id:`liveness-hiccup`,topic:`probes`,title:{en:`Do not restart on a short hiccup`,ko:`잠깐 흔들렸다고 재시작하지 않기`},yaml:`# A search service: from 30 s to 44 s of age it rebuilds its index and /healthz answers 500; it recovers on its own. At 2:30 of age it deadlocks for good.
apiVersion: v1
kind: Pod
metadata:
  name: search
spec:
  containers:
  - name: app
    image: example.com/search:5.0
    ports:
    - containerPort: 8080
    livenessProbe:
      httpGet: {path: /healthz, port: 8080}
      periodSeconds: 5
      failureThreshold: 1
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 4m
  images:
  - {image: example.com/search:5.0, present: true}
  behaviors:
  - image: example.com/search:5.0
    http:
    - path: /healthz
      port: 8080
      responses:
      - {after: 0s, status: 200}
      - {after: 30s, status: 500}
      - {after: 44s, status: 200}
      - {after: 150s, status: 500}
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: liveness-hiccup
spec:
  title:
    en: Do not restart on a short hiccup
    ko: 잠깐 흔들렸다고 재시작하지 않기
  task:
    en: While search rebuilds its index (about 14 s), /healthz answers 500, and the liveness probe restarts it on the first failure, so the rebuild starts over and over. Make the probe ride out the rebuild but still restart search within a minute of a real deadlock. Keep the app, the probe's check and its period.
    ko: search가 인덱스를 다시 만드는 동안(약 14초) /healthz가 500을 돌려주는데, 활성 프로브가 첫 실패에 바로 재시작해서 재구성이 계속 처음부터 다시 시작됩니다. 프로브가 재구성 동안은 버티되, 진짜 교착 상태(deadlock)에서는 1분 안에 search를 재시작하게 하세요. 앱, 프로브의 검사 방식, 주기는 그대로 두세요.
  fixed:
  - kind: Pod
    name: search
    fields:
    - spec.containers.0.image
    - spec.containers.0.livenessProbe.httpGet
    - spec.containers.0.livenessProbe.periodSeconds
  goals:
  - text: {en: "search is Running with no restarts at 2:20", ko: "2:20에 search가 재시작 없이 Running"}
    check: {kind: row, pod: search, at: 140, status: Running, restarts: 0}
  - text: {en: "the deadlock at 2:30 is caught: the liveness probe restarts search by 3:30", ko: "2:30의 교착 상태를 잡아냄: 3:30까지 활성 프로브가 search를 재시작"}
    check: {kind: event, reason: Killing, object: search, message: {includes: failed liveness probe}, first: [150, 210]}
  hints:
  - en: Count the Unhealthy events before each Killing. How many failures does the probe accept before it restarts the container?
    ko: Killing 전에 Unhealthy 이벤트가 몇 번 있는지 세어 보세요. 프로브는 몇 번 실패하면 컨테이너를 재시작하나요?
  - en: failureThreshold is the number of failures in a row that count as dead. With periodSeconds 5, a 14 s rebuild fails up to 3 probes in a row.
    ko: failureThreshold는 몇 번 연속 실패해야 죽었다고 볼지 정합니다. periodSeconds가 5이면 14초 동안의 재구성은 프로브를 최대 3번 연속 실패시킵니다.
  - en: "failureThreshold: 6 tolerates 30 s of failures; a deadlock is then caught about 30 s after it starts."
    ko: "failureThreshold: 6이면 30초 동안의 실패를 견딥니다. 교착 상태는 시작되고 30초쯤 뒤에 잡힙니다."
`,answer:`# A search service: from 30 s to 44 s of age it rebuilds its index and /healthz answers 500; it recovers on its own. At 2:30 of age it deadlocks for good.
apiVersion: v1
kind: Pod
metadata:
  name: search
spec:
  containers:
  - name: app
    image: example.com/search:5.0
    ports:
    - containerPort: 8080
    livenessProbe:
      httpGet: {path: /healthz, port: 8080}
      periodSeconds: 5
      failureThreshold: 6
`},u={id:`readiness-flap`,topic:`probes`,title:{en:`Ready too early`,ko:`너무 일찍 Ready가 돼요`},yaml:`# A pricing service that loads two shards: /ready answers 200 for a moment (30-40 s) after the first shard, then 503 again until both are loaded at 60 s.
apiVersion: v1
kind: Service
metadata:
  name: pricing
spec:
  selector: {app: pricing}
  ports:
  - port: 80
    targetPort: 8080
---
apiVersion: v1
kind: Pod
metadata:
  name: pricing
  labels: {app: pricing}
spec:
  containers:
  - name: app
    image: example.com/pricing:2.0
    ports:
    - containerPort: 8080
    readinessProbe:
      httpGet: {path: /ready, port: 8080}
      periodSeconds: 5
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  images:
  - {image: example.com/pricing:2.0, present: true}
  behaviors:
  - image: example.com/pricing:2.0
    http:
    - path: /ready
      port: 8080
      responses:
      - {after: 0s, status: 503}
      - {after: 30s, status: 200}
      - {after: 40s, status: 503}
      - {after: 60s, status: 200}
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: readiness-flap
spec:
  title:
    en: Ready too early
    ko: 너무 일찍 Ready가 돼요
  task:
    en: The pricing app says it is ready for a moment after its first shard loads, and the Service sends it traffic that fails. Make the readiness probe ask for more proof before the Pod joins the Service, so it joins only once the app is really ready. Keep the app and the probe's check, period, delay and failure threshold.
    ko: pricing 앱은 첫 번째 샤드를 읽은 직후 잠깐 준비됐다고 답하고, 서비스는 그 파드로 트래픽을 보내지만 요청이 실패합니다. 준비성 프로브가 파드를 서비스에 넣기 전에 더 확실한 증거를 요구하게 해서, 앱이 정말 준비됐을 때만 들어가게 하세요. 앱과 프로브의 검사 방식, 주기, 지연, 실패 임계값은 그대로 두세요.
  fixed:
  - kind: Pod
    name: pricing
    fields:
    - spec.containers.0.image
    - spec.containers.0.readinessProbe.httpGet
    - spec.containers.0.readinessProbe.periodSeconds
    - spec.containers.0.readinessProbe.initialDelaySeconds
    - spec.containers.0.readinessProbe.failureThreshold
  goals:
  - text: {en: "the Service pricing has no ready endpoint at 0:47, during the false start", ko: "0:47(잘못된 시작 중)에 서비스 pricing에 Ready 엔드포인트가 없음"}
    check: {kind: endpoints, service: pricing, at: 47, ready: 0}
  - text: {en: "the Service pricing has 1 ready endpoint at 1:40", ko: "1:40에 서비스 pricing에 Ready 엔드포인트가 1개"}
    check: {kind: endpoints, service: pricing, at: 100, ready: 1}
  hints:
  - en: Watch READY of pricing and the Service's endpoints between 0:30 and 1:00. One success is enough to make the Pod ready.
    ko: 0:30부터 1:00 사이에 pricing의 READY와 서비스의 엔드포인트를 보세요. 성공 한 번이면 파드가 Ready가 됩니다.
  - en: successThreshold is how many successes in a row a readiness probe needs after failing. The false start lasts 10 s, so at most 2 probes 5 s apart succeed.
    ko: successThreshold는 실패한 뒤 준비성 프로브가 몇 번 연속 성공해야 하는지 정합니다. 잘못된 시작은 10초 동안이라 5초 간격의 프로브는 최대 2번 성공합니다.
  - en: "successThreshold: 3"
    ko: "successThreshold: 3으로 하세요."
`,answer:`# A pricing service that loads two shards: /ready answers 200 for a moment (30-40 s) after the first shard, then 503 again until both are loaded at 60 s.
apiVersion: v1
kind: Service
metadata:
  name: pricing
spec:
  selector: {app: pricing}
  ports:
  - port: 80
    targetPort: 8080
---
apiVersion: v1
kind: Pod
metadata:
  name: pricing
  labels: {app: pricing}
spec:
  containers:
  - name: app
    image: example.com/pricing:2.0
    ports:
    - containerPort: 8080
    readinessProbe:
      httpGet: {path: /ready, port: 8080}
      periodSeconds: 5
      successThreshold: 3
`},d={id:`exec-readiness`,topic:`probes`,title:{en:`Ready when the file says so`,ko:`파일이 말해 줄 때 Ready`},yaml:`# A PDF renderer behind the Service renderer: it loads its templates for 30 s, then creates /tmp/ready.
apiVersion: v1
kind: Service
metadata:
  name: renderer
spec:
  selector: {app: renderer}
  ports:
  - port: 80
    targetPort: 9000
---
apiVersion: v1
kind: Pod
metadata:
  name: renderer
  labels: {app: renderer}
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo loading templates; sleep 30; touch /tmp/ready; echo ready; sleep 3600"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: exec-readiness
spec:
  title:
    en: Ready when the file says so
    ko: 파일이 말해 줄 때 Ready
  task:
    en: The renderer Pod joins its Service the moment it starts, 30 s before it can work. The app marks the moment it is ready by creating /tmp/ready. Make the Pod ready only from then on. Keep the container's image and command.
    ko: renderer 파드는 시작하자마자 서비스에 들어가지만, 실제로 일할 수 있는 건 30초 뒤입니다. 앱은 준비가 되면 /tmp/ready 파일을 만듭니다. 그때부터만 파드가 Ready가 되게 하세요. 컨테이너의 이미지와 command는 그대로 두세요.
  fixed:
  - kind: Pod
    name: renderer
    fields: [spec.containers.0.image, spec.containers.0.command]
  goals:
  - text: {en: "at 0:15 renderer is in the Service, but not ready", ko: "0:15에 renderer가 서비스에 있지만 Ready는 아님"}
    check: {kind: endpoints, service: renderer, at: 15, ready: 0, notReadyPods: [renderer]}
  - text: {en: "at 1:00 renderer is a ready endpoint of the Service", ko: "1:00에 renderer가 서비스의 Ready 엔드포인트"}
    check: {kind: endpoints, service: renderer, at: 60, readyPods: [renderer]}
  hints:
  - en: Without a readiness probe, a container counts as ready as soon as it runs.
    ko: 준비성 프로브가 없으면 컨테이너는 실행되자마자 Ready로 칩니다.
  - en: Only the file tells loading from ready. A probe can also run a command inside the container; exit code 0 means success.
    ko: 로딩 중인지 준비됐는지는 그 파일만 알려 줍니다. 프로브는 컨테이너 안에서 명령을 실행할 수도 있고, 종료 코드 0이 성공입니다.
  - en: "readinessProbe: {exec: {command: [cat, /tmp/ready]}, periodSeconds: 5}"
    ko: "readinessProbe: {exec: {command: [cat, /tmp/ready]}, periodSeconds: 5}를 추가하세요."
`,answer:`# A PDF renderer behind the Service renderer: it loads its templates for 30 s, then creates /tmp/ready.
apiVersion: v1
kind: Service
metadata:
  name: renderer
spec:
  selector: {app: renderer}
  ports:
  - port: 80
    targetPort: 9000
---
apiVersion: v1
kind: Pod
metadata:
  name: renderer
  labels: {app: renderer}
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo loading templates; sleep 30; touch /tmp/ready; echo ready; sleep 3600"]
    readinessProbe:
      exec:
        command: ["cat", "/tmp/ready"]
      periodSeconds: 5
`},f={id:`tcp-readiness`,topic:`probes`,title:{en:`A probe for an image without a shell`,ko:`셸이 없는 이미지의 프로브`},yaml:`# A key-value cache (Redis protocol) from a distroless image: no shell, no redis-cli. It replays its snapshot for 20 s, then accepts connections on 6379.
apiVersion: v1
kind: Service
metadata:
  name: cache
spec:
  selector: {app: cache}
  ports:
  - port: 6379
---
apiVersion: v1
kind: Pod
metadata:
  name: cache
  labels: {app: cache}
spec:
  containers:
  - name: kv
    image: example.com/kv-cache:7.2
    ports:
    - containerPort: 6379
    readinessProbe:
      exec:
        command: ["redis-cli", "ping"]
      periodSeconds: 5
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  images:
  - {image: example.com/kv-cache:7.2, present: true}
  behaviors:
  - image: example.com/kv-cache:7.2
    listens:
    - {port: 6379, after: 20s}
    - {port: 9121}
    http:
    - {path: /metrics, port: 9121, responses: [{status: 200}]}
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: tcp-readiness
spec:
  title:
    en: A probe for an image without a shell
    ko: 셸이 없는 이미지의 프로브
  task:
    en: The cache never becomes ready, because its readiness probe runs redis-cli, which the distroless image does not have. Replace the probe with one that needs nothing inside the container, so the Pod is ready once the cache accepts connections on 6379 and not before. Keep the image.
    ko: cache 파드가 Ready가 되지 않습니다. 준비성 프로브가 redis-cli를 실행하는데, distroless 이미지에는 그게 없기 때문입니다. 컨테이너 안에 아무것도 필요 없는 프로브로 바꿔서, 캐시가 6379 포트에서 연결을 받기 시작한 뒤에만 파드가 Ready가 되게 하세요. 이미지는 그대로 두세요.
  fixed:
  - kind: Pod
    name: cache
    fields: [spec.containers.0.image, spec.containers.0.command]
  goals:
  - text: {en: "at 0:12 cache is in the Service, not ready yet", ko: "0:12에 cache가 서비스에 있지만 아직 Ready가 아님"}
    check: {kind: endpoints, service: cache, at: 12, ready: 0, notReadyPods: [cache]}
  - text: {en: "at 1:00 cache is a ready endpoint of the Service", ko: "1:00에 cache가 서비스의 Ready 엔드포인트"}
    check: {kind: endpoints, service: cache, at: 60, readyPods: [cache]}
  hints:
  - en: Read the Unhealthy events. The runtime cannot even start the probe's command.
    ko: Unhealthy 이벤트를 읽어 보세요. 런타임이 프로브의 명령을 실행조차 못 합니다.
  - en: An httpGet or tcpSocket probe is made by the kubelet from outside the container. The cache speaks Redis, not HTTP, and the metrics port is open before the data is loaded.
    ko: httpGet이나 tcpSocket 프로브는 kubelet이 컨테이너 밖에서 보냅니다. 캐시는 HTTP가 아니라 Redis 프로토콜을 쓰고, 메트릭 포트는 데이터를 읽기 전부터 열려 있습니다.
  - en: "readinessProbe: {tcpSocket: {port: 6379}, periodSeconds: 5}"
    ko: "readinessProbe를 {tcpSocket: {port: 6379}, periodSeconds: 5}로 바꾸세요."
`,answer:`# A key-value cache (Redis protocol) from a distroless image: no shell, no redis-cli. It replays its snapshot for 20 s, then accepts connections on 6379.
apiVersion: v1
kind: Service
metadata:
  name: cache
spec:
  selector: {app: cache}
  ports:
  - port: 6379
---
apiVersion: v1
kind: Pod
metadata:
  name: cache
  labels: {app: cache}
spec:
  containers:
  - name: kv
    image: example.com/kv-cache:7.2
    ports:
    - containerPort: 6379
    readinessProbe:
      tcpSocket: {port: 6379}
      periodSeconds: 5
`},p={id:`grpc-liveness`,topic:`probes`,title:{en:`A liveness probe that speaks gRPC`,ko:`gRPC로 말하는 활성 프로브`},yaml:`# A gRPC service: it serves grpc.health.v1 on 9090 (SERVING) and Prometheus metrics on 8080. At 1:40 of age a stuck stream makes it report NOT_SERVING.
apiVersion: v1
kind: Pod
metadata:
  name: greeter
spec:
  containers:
  - name: app
    image: example.com/greeter:1.4
    ports:
    - {name: grpc, containerPort: 9090}
    - {name: metrics, containerPort: 8080}
    livenessProbe:
      httpGet: {path: /healthz, port: 9090}
      periodSeconds: 5
      failureThreshold: 3
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 3m
  images:
  - {image: example.com/greeter:1.4, present: true}
  behaviors:
  - image: example.com/greeter:1.4
    listens:
    - {port: 9090}
    - {port: 8080}
    grpc:
    - port: 9090
      responses:
      - {after: 0s, status: SERVING}
      - {after: 100s, status: NOT_SERVING}
    http:
    - {path: /metrics, port: 8080, responses: [{status: 200}]}
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: grpc-liveness
spec:
  title:
    en: A liveness probe that speaks gRPC
    ko: gRPC로 말하는 활성 프로브
  task:
    en: The greeter's liveness probe was copied from an HTTP service, and it restarts the healthy gRPC server every few seconds. Make the probe ask the server's own health service, so greeter runs undisturbed and is restarted when it reports NOT_SERVING. Keep the app, the probe's period and failure threshold.
    ko: greeter의 활성 프로브는 HTTP 서비스에서 복사해 온 것이라, 멀쩡한 gRPC 서버를 몇 초마다 재시작합니다. 프로브가 서버 자체의 헬스 서비스에 묻게 해서, greeter는 방해받지 않고 실행되다가 NOT_SERVING을 알리면 재시작되게 하세요. 앱, 프로브의 주기와 실패 임계값은 그대로 두세요.
  fixed:
  - kind: Pod
    name: greeter
    fields:
    - spec.containers.0.image
    - spec.containers.0.livenessProbe.periodSeconds
    - spec.containers.0.livenessProbe.failureThreshold
  goals:
  - text: {en: "greeter is Running with no restarts at 1:30", ko: "1:30에 greeter가 재시작 없이 Running"}
    check: {kind: row, pod: greeter, at: 90, status: Running, restarts: 0}
  - text: {en: "NOT_SERVING at 1:40 is caught: the liveness probe restarts greeter by 2:30", ko: "1:40의 NOT_SERVING을 잡아냄: 2:30까지 활성 프로브가 greeter를 재시작"}
    check: {kind: event, reason: Killing, object: greeter, message: {includes: failed liveness probe}, first: [100, 150]}
  hints:
  - en: Read the Unhealthy events. Port 9090 speaks gRPC, and /healthz is not something it serves.
    ko: Unhealthy 이벤트를 읽어 보세요. 9090 포트는 gRPC로 말하고, /healthz 같은 경로는 없습니다.
  - en: Kubernetes has a probe kind for the gRPC health checking protocol (grpc.health.v1). A tcpSocket probe would pass even while the server reports NOT_SERVING.
    ko: 쿠버네티스에는 gRPC 헬스 체크 프로토콜(grpc.health.v1)용 프로브가 있습니다. tcpSocket 프로브는 서버가 NOT_SERVING을 알려도 통과해 버립니다.
  - en: "Replace httpGet with grpc: {port: 9090}."
    ko: "httpGet을 grpc: {port: 9090}으로 바꾸세요."
`,answer:`# A gRPC service: it serves grpc.health.v1 on 9090 (SERVING) and Prometheus metrics on 8080. At 1:40 of age a stuck stream makes it report NOT_SERVING.
apiVersion: v1
kind: Pod
metadata:
  name: greeter
spec:
  containers:
  - name: app
    image: example.com/greeter:1.4
    ports:
    - {name: grpc, containerPort: 9090}
    - {name: metrics, containerPort: 8080}
    livenessProbe:
      grpc: {port: 9090}
      periodSeconds: 5
      failureThreshold: 3
`},m={id:`slow-start`,topic:`probes`,title:{en:`A slow app keeps getting killed`,ko:`느린 앱이 계속 죽어요`},yaml:`# A slow app: it needs 40 s before it answers, and its liveness probe gives up on it first.
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "sleep 40; touch /tmp/healthy; sleep 3600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/healthy"]
      periodSeconds: 5
      failureThreshold: 3
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 5m
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: slow-start
spec:
  title:
    en: A slow app keeps getting killed
    ko: 느린 앱이 계속 죽어요
  task:
    en: The app needs 40 s to start, and the liveness probe restarts it before then, again and again. Change the Pod so that the app starts and is never restarted. Keep the app and its liveness probe as they are.
    ko: 앱은 시작하는 데 40초가 걸리는데, 활성 프로브가 그 전에 앱을 계속 재시작합니다. 앱이 시작되고 한 번도 재시작되지 않도록 파드를 고치세요. 앱과 활성 프로브는 그대로 두세요.
  fixed:
  - kind: Pod
    name: web
    fields: [spec.containers.0.image, spec.containers.0.command, spec.containers.0.livenessProbe]
  goals:
  - text: {en: "web is Running with no restarts at 2:00", ko: "2:00에 web이 재시작 없이 Running"}
    check: {kind: row, pod: web, at: 120, status: Running, restarts: 0}
  - text: {en: "web is never restarted in 5 minutes", ko: "5분 동안 web이 한 번도 재시작되지 않음"}
    check: {kind: row, pod: web, at: 300, restarts: 0}
  hints:
  - en: Look at the Killing events. The liveness probe fails three times in a row while the app is still starting.
    ko: Killing 이벤트를 보세요. 앱이 아직 시작하는 중에 활성 프로브가 세 번 연속 실패합니다.
  - en: A startupProbe holds the liveness and readiness probes back until it has succeeded once.
    ko: startupProbe는 한 번 성공할 때까지 활성 프로브와 준비성 프로브를 미뤄 둡니다.
  - en: "The startup probe must allow at least 40 s: failureThreshold × periodSeconds ≥ 40."
    ko: "시작 프로브는 40초 이상 기다려야 합니다: failureThreshold × periodSeconds ≥ 40."
`,answer:`# A slow app: it needs 40 s before it answers, and its liveness probe gives up on it first.
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "sleep 40; touch /tmp/healthy; sleep 3600"]
    startupProbe:
      exec:
        command: ["cat", "/tmp/healthy"]
      periodSeconds: 5
      failureThreshold: 12
    livenessProbe:
      exec:
        command: ["cat", "/tmp/healthy"]
      periodSeconds: 5
      failureThreshold: 3
`},h={id:`startup-http`,topic:`probes`,title:{en:`A startup probe over HTTP`,ko:`HTTP로 하는 시작 프로브`},yaml:`# A ledger service on a heavy runtime: it warms up for 90 s before it answers /healthz on :8080. At 3:20 of age it deadlocks (/healthz 500).
apiVersion: v1
kind: Pod
metadata:
  name: ledger
spec:
  containers:
  - name: app
    image: example.com/ledger:4.1
    ports:
    - containerPort: 8080
    livenessProbe:
      httpGet: {path: /healthz, port: 8080}
      periodSeconds: 10
      failureThreshold: 3
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 5m
  images:
  - {image: example.com/ledger:4.1, present: true}
  behaviors:
  - image: example.com/ledger:4.1
    listens:
    - {port: 8080, after: 90s}
    http:
    - path: /healthz
      port: 8080
      responses:
      - {after: 0s, status: 200}
      - {after: 200s, status: 500}
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: startup-http
spec:
  title:
    en: A startup probe over HTTP
    ko: HTTP로 하는 시작 프로브
  task:
    en: The ledger needs up to 90 s to warm up, and its liveness probe (30 s of failures) kills it every time before that. Hold the liveness probe back until the app has started, without slowing how fast a later deadlock is caught. Keep the app and its liveness probe as they are.
    ko: ledger는 워밍업에 최대 90초가 걸리는데, 활성 프로브(30초 동안 실패하면 재시작)가 매번 그 전에 앱을 죽입니다. 앱이 시작될 때까지 활성 프로브를 미루되, 나중에 교착 상태(deadlock)를 잡아내는 속도는 늦추지 마세요. 앱과 활성 프로브는 그대로 두세요.
  fixed:
  - kind: Pod
    name: ledger
    fields: [spec.containers.0.image, spec.containers.0.livenessProbe]
  goals:
  - text: {en: "ledger is 1/1 Running with no restarts at 2:10", ko: "2:10에 ledger가 재시작 없이 1/1 Running"}
    check: {kind: row, pod: ledger, at: 130, status: Running, ready: 1/1, restarts: 0}
  - text: {en: "the first restart is the deadlock at 3:20, caught by 4:20", ko: "첫 재시작은 3:20의 교착 상태 때문이고, 4:20까지 잡아냄"}
    check: {kind: event, reason: Killing, object: ledger, message: {includes: failed liveness probe}, first: [200, 260]}
  hints:
  - en: Look at when the first Killing event comes, and when the app would open its port.
    ko: 첫 Killing 이벤트가 언제 오는지, 그리고 앱이 언제 포트를 열게 되는지 보세요.
  - en: A startupProbe runs first; liveness and readiness probes start only after it has succeeded once. It may use httpGet like the liveness probe.
    ko: startupProbe가 먼저 실행되고, 한 번 성공한 뒤에야 활성 프로브와 준비성 프로브가 시작됩니다. 활성 프로브처럼 httpGet을 쓸 수 있습니다.
  - en: "startupProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 10, failureThreshold: 12}: up to 120 s to start."
    ko: "startupProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 10, failureThreshold: 12}를 넣으면 시작까지 최대 120초를 기다립니다."
`,answer:`# A ledger service on a heavy runtime: it warms up for 90 s before it answers /healthz on :8080. At 3:20 of age it deadlocks (/healthz 500).
apiVersion: v1
kind: Pod
metadata:
  name: ledger
spec:
  containers:
  - name: app
    image: example.com/ledger:4.1
    ports:
    - containerPort: 8080
    startupProbe:
      httpGet: {path: /healthz, port: 8080}
      periodSeconds: 10
      failureThreshold: 12
    livenessProbe:
      httpGet: {path: /healthz, port: 8080}
      periodSeconds: 10
      failureThreshold: 3
`},g={id:`service-selector`,topic:`services`,title:{en:`A Service with no endpoints`,ko:`엔드포인트가 없는 서비스`},yaml:`# The shop's web tier: three nginx replicas, and the Service the ingress sends traffic to.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-web
  labels: {app.kubernetes.io/name: shop}
spec:
  replicas: 3
  selector:
    matchLabels: {app: shop-web}
  template:
    metadata:
      labels: {app: shop-web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - containerPort: 80
        readinessProbe:
          httpGet: {path: /, port: 80}
          periodSeconds: 5
---
apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  selector: {app.kubernetes.io/name: shop}
  ports:
  - port: 80
    targetPort: 80
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: service-selector
spec:
  title:
    en: A Service with no endpoints
    ko: 엔드포인트가 없는 서비스
  task:
    en: All three shop-web Pods are Running and ready, yet the Service shop sends traffic nowhere. Fix it so that the Service has all three Pods as ready endpoints. Keep the Deployment's Pods as they are (containers and replicas).
    ko: shop-web 파드 세 개가 모두 Running이고 Ready인데, 서비스 shop은 트래픽을 어디로도 보내지 않습니다. 서비스가 세 파드를 모두 Ready 엔드포인트로 갖도록 고치세요. 디플로이먼트의 파드(컨테이너와 레플리카 수)는 그대로 두세요.
  fixed:
  - kind: Deployment
    name: shop-web
    fields: [spec.replicas, spec.template.spec.containers]
  goals:
  - text: {en: "the Service shop has 3 ready endpoints at 1:00", ko: "1:00에 서비스 shop의 Ready 엔드포인트가 3개"}
    check: {kind: endpoints, service: shop, at: 60, ready: 3, readyPods: [shop-web-*]}
  hints:
  - en: A Service's endpoints are the Pods whose labels match its selector. Compare the selector with the labels of the Pods (kubectl get pods --show-labels), not of the Deployment.
    ko: 서비스의 엔드포인트는 레이블이 셀렉터와 맞는 파드입니다. 셀렉터를 디플로이먼트가 아니라 파드의 레이블(kubectl get pods --show-labels)과 비교해 보세요.
  - en: A Deployment's own metadata.labels are not copied to its Pods; the Pods get spec.template.metadata.labels.
    ko: 디플로이먼트 자신의 metadata.labels는 파드로 복사되지 않습니다. 파드는 spec.template.metadata.labels를 받습니다.
  - en: "Set the Service's selector to {app: shop-web}."
    ko: "서비스의 selector를 {app: shop-web}으로 바꾸세요."
`,answer:`# The shop's web tier: three nginx replicas, and the Service the ingress sends traffic to.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-web
  labels: {app.kubernetes.io/name: shop}
spec:
  replicas: 3
  selector:
    matchLabels: {app: shop-web}
  template:
    metadata:
      labels: {app: shop-web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - containerPort: 80
        readinessProbe:
          httpGet: {path: /, port: 80}
          periodSeconds: 5
---
apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  selector: {app: shop-web}
  ports:
  - port: 80
    targetPort: 80
`},_={id:`init-order`,topic:`init`,title:{en:`Init containers in the wrong order`,ko:`순서가 잘못된 초기화 컨테이너`},yaml:`# A web app that reads /work/app.conf at start. Two init containers prepare it: download fetches the release's raw config, render turns it into app.conf.
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
  - name: work
    emptyDir: {}
  initContainers:
  - name: render
    image: busybox:1.36
    command: ["sh", "-c", "test -f /work/raw.conf || { echo 'render: /work/raw.conf not found'; exit 1; }; echo \\"listen=8080 $(cat /work/raw.conf)\\" > /work/app.conf; echo 'render: wrote /work/app.conf'"]
    volumeMounts: [{name: work, mountPath: /work}]
  - name: download
    image: busybox:1.36
    command: ["sh", "-c", "echo 'download: fetching the config'; sleep 3; echo 'release=2024.06' > /work/raw.conf; echo 'download: saved /work/raw.conf'"]
    volumeMounts: [{name: work, mountPath: /work}]
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo \\"starting with: $(cat /work/app.conf)\\"; sleep 3600"]
    volumeMounts: [{name: work, mountPath: /work}]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: init-order
spec:
  title:
    en: Init containers in the wrong order
    ko: 순서가 잘못된 초기화 컨테이너
  task:
    en: The web Pod is stuck in Init. Make its init containers do their work, so the app starts with the rendered config of the downloaded release. Keep the app container as it is, and keep what each init container does.
    ko: web 파드가 Init 단계에서 멈춰 있습니다. 초기화 컨테이너들이 제 일을 하게 해서, 앱이 내려받은 릴리스의 설정을 변환한 파일로 시작하게 하세요. 앱 컨테이너는 그대로 두고, 각 초기화 컨테이너가 하는 일도 바꾸지 마세요.
  fixed:
  - kind: Pod
    name: web
    fields: [spec.containers.0.image, spec.containers.0.command]
  goals:
  - text: {en: "web is 1/1 Running at 1:00", ko: "1:00에 web이 1/1 Running"}
    check: {kind: row, pod: web, at: 60, status: Running, ready: 1/1}
  - text: {en: "render wrote app.conf from the downloaded file", ko: "render가 내려받은 파일로 app.conf를 만듦"}
    check: {kind: log, pod: web, container: render, at: 60, text: {includes: "render: wrote /work/app.conf"}}
  - text: {en: "the app starts with the release's config", ko: "앱이 릴리스의 설정으로 시작함"}
    check: {kind: log, pod: web, container: app, at: 60, text: {includes: "starting with: listen=8080 release=2024.06"}}
  hints:
  - en: Read the log of the failing init container (kubectl logs web -c render). What is it missing?
    ko: 실패하는 초기화 컨테이너의 로그를 보세요(kubectl logs web -c render). 무엇이 없다고 하나요?
  - en: Init containers run one at a time, in the order they are listed, each only after the previous one has succeeded.
    ko: 초기화 컨테이너는 나열된 순서대로 하나씩 실행되고, 앞의 것이 성공해야 다음 것이 시작됩니다.
  - en: Move download above render in initContainers.
    ko: initContainers에서 download를 render 위로 옮기세요.
`,answer:`# A web app that reads /work/app.conf at start. Two init containers prepare it: download fetches the release's raw config, render turns it into app.conf.
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
  - name: work
    emptyDir: {}
  initContainers:
  - name: download
    image: busybox:1.36
    command: ["sh", "-c", "echo 'download: fetching the config'; sleep 3; echo 'release=2024.06' > /work/raw.conf; echo 'download: saved /work/raw.conf'"]
    volumeMounts: [{name: work, mountPath: /work}]
  - name: render
    image: busybox:1.36
    command: ["sh", "-c", "test -f /work/raw.conf || { echo 'render: /work/raw.conf not found'; exit 1; }; echo \\"listen=8080 $(cat /work/raw.conf)\\" > /work/app.conf; echo 'render: wrote /work/app.conf'"]
    volumeMounts: [{name: work, mountPath: /work}]
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo \\"starting with: $(cat /work/app.conf)\\"; sleep 3600"]
    volumeMounts: [{name: work, mountPath: /work}]
`},v={id:`init-fail`,topic:`init`,title:{en:`An init container that fails`,ko:`실패하는 초기화 컨테이너`},yaml:`# A nightly export. Its init container check-db makes sure the database Service named in DB_HOST exists before the export runs.
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  selector: {app: db}
  ports:
  - port: 5432
---
apiVersion: v1
kind: Pod
metadata:
  name: export
spec:
  restartPolicy: Never
  initContainers:
  - name: check-db
    image: busybox:1.28
    command: ["sh", "-c", "nslookup \\"$DB_HOST\\" > /dev/null || { echo \\"check-db: cannot resolve $DB_HOST\\"; exit 1; }; echo \\"check-db: $DB_HOST found\\""]
    env:
    - name: DB_HOST
      value: postgres
  containers:
  - name: export
    image: busybox:1.36
    command: ["sh", "-c", "echo exporting; sleep 10; echo 'export done'"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: init-fail
spec:
  title:
    en: An init container that fails
    ko: 실패하는 초기화 컨테이너
  task:
    en: The export Pod ends Failed before the export even starts. Find which container fails and why, and fix the Pod so the export runs and the Pod ends Succeeded. Keep the Service, the containers' images and commands, and the restart policy.
    ko: export 파드가 내보내기를 시작하기도 전에 Failed로 끝납니다. 어느 컨테이너가 왜 실패하는지 찾아서, 내보내기가 실행되고 파드가 Succeeded로 끝나도록 고치세요. 서비스, 컨테이너들의 이미지와 command, 재시작 정책은 그대로 두세요.
  fixed:
  - kind: Service
    name: db
  - kind: Pod
    name: export
    fields:
    - spec.restartPolicy
    - spec.initContainers.0.image
    - spec.initContainers.0.command
    - spec.containers.0.image
    - spec.containers.0.command
  goals:
  - text: {en: "check-db finds the database", ko: "check-db가 데이터베이스를 찾음"}
    check: {kind: log, pod: export, container: check-db, at: 60, text: {includes: "check-db: db found"}}
  - text: {en: "export is Completed (phase Succeeded) at 1:00", ko: "1:00에 export가 Completed(phase Succeeded)"}
    check: {kind: row, pod: export, at: 60, status: Completed, phase: Succeeded}
  hints:
  - en: "STATUS Init:Error means an init container failed. Under restartPolicy: Never that ends the whole Pod. Read its log: kubectl logs export -c check-db."
    ko: "STATUS가 Init:Error면 초기화 컨테이너가 실패한 것입니다. restartPolicy: Never에서는 그것으로 파드 전체가 끝납니다. 로그를 보세요: kubectl logs export -c check-db."
  - en: check-db looks up the name in its DB_HOST environment variable. Which Services exist?
    ko: check-db는 환경 변수 DB_HOST에 든 이름을 조회합니다. 어떤 서비스가 있나요?
  - en: "Set DB_HOST to db, the Service's name."
    ko: "DB_HOST를 서비스 이름인 db로 바꾸세요."
`,answer:`# A nightly export. Its init container check-db makes sure the database Service named in DB_HOST exists before the export runs.
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  selector: {app: db}
  ports:
  - port: 5432
---
apiVersion: v1
kind: Pod
metadata:
  name: export
spec:
  restartPolicy: Never
  initContainers:
  - name: check-db
    image: busybox:1.28
    command: ["sh", "-c", "nslookup \\"$DB_HOST\\" > /dev/null || { echo \\"check-db: cannot resolve $DB_HOST\\"; exit 1; }; echo \\"check-db: $DB_HOST found\\""]
    env:
    - name: DB_HOST
      value: db
  containers:
  - name: export
    image: busybox:1.36
    command: ["sh", "-c", "echo exporting; sleep 10; echo 'export done'"]
`},y={id:`poststart-race`,topic:`hooks`,title:{en:`postStart is not "before start"`,ko:`postStart는 "시작 전"이 아니에요`},yaml:`# An app that refuses to start on an old schema: it exits 1 unless /data/migrated exists. The migration takes 5 s.
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  volumes:
  - name: data
    emptyDir: {}
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "[ -f /data/migrated ] || { echo 'schema is old: run the migration first'; exit 1; }; echo serving; sleep 3600"]
    volumeMounts: [{name: data, mountPath: /data}]
    lifecycle:
      postStart:
        exec:
          command: ["sh", "-c", "echo migrating; sleep 5; touch /data/migrated"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: poststart-race
spec:
  title:
    en: postStart is not "before start"
    ko: postStart는 "시작 전"이 아니에요
  task:
    en: The schema migration runs in a postStart hook, and the app still finds the old schema when it starts and exits. Make the migration finish before the app starts, so the app never fails. Keep the app container's image and command.
    ko: 스키마 마이그레이션이 postStart 훅에서 실행되는데도, 앱은 시작할 때 여전히 옛 스키마를 보고 종료합니다. 앱이 시작하기 전에 마이그레이션이 끝나게 해서 앱이 한 번도 실패하지 않게 하세요. 앱 컨테이너의 이미지와 command는 그대로 두세요.
  fixed:
  - kind: Pod
    name: app
    fields: [spec.containers.0.image, spec.containers.0.command]
  goals:
  - text: {en: "app is 1/1 Running with no restarts at 1:00", ko: "1:00에 app이 재시작 없이 1/1 Running"}
    check: {kind: row, pod: app, at: 60, status: Running, ready: 1/1, restarts: 0}
  - text: {en: "the app never exits with an error", ko: "앱이 한 번도 오류로 종료하지 않음"}
    check: {kind: never, pod: app, status: {oneOf: [Error, CrashLoopBackOff]}}
  hints:
  - en: Look at when the hook's work and the app's check happen. The kubelet starts the container and then runs postStart alongside it; nothing makes the app wait.
    ko: 훅의 작업과 앱의 검사가 각각 언제 일어나는지 보세요. kubelet은 컨테이너를 시작한 다음 postStart를 그와 나란히 실행하며, 앱을 기다리게 하는 것은 없습니다.
  - en: Only init containers are guaranteed to finish before the app containers start. They can share the emptyDir volume with the app.
    ko: 앱 컨테이너가 시작되기 전에 끝난다고 보장되는 것은 초기화 컨테이너뿐입니다. 초기화 컨테이너는 emptyDir 볼륨을 앱과 함께 쓸 수 있습니다.
  - en: Move the hook's command into an init container (busybox:1.36) that mounts data at /data, and remove the postStart hook.
    ko: 훅의 명령을 data 볼륨을 /data에 마운트한 초기화 컨테이너(busybox:1.36)로 옮기고, postStart 훅은 지우세요.
`,answer:`# An app that refuses to start on an old schema: it exits 1 unless /data/migrated exists. The migration takes 5 s.
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  volumes:
  - name: data
    emptyDir: {}
  initContainers:
  - name: migrate
    image: busybox:1.36
    command: ["sh", "-c", "echo migrating; sleep 5; touch /data/migrated"]
    volumeMounts: [{name: data, mountPath: /data}]
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "[ -f /data/migrated ] || { echo 'schema is old: run the migration first'; exit 1; }; echo serving; sleep 3600"]
    volumeMounts: [{name: data, mountPath: /data}]
`},b={id:`prestop-drain`,topic:`hooks`,title:{en:`Keep serving while the traffic drains`,ko:`트래픽이 빠질 때까지 계속 서비스하기`},yaml:`# A web server behind a load balancer that needs about 5 s to stop sending it requests. nginx exits at once on SIGTERM. The Pod is deleted at 0:30.
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
  - port: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - containerPort: 80
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  actions:
  - at: 30s
    delete: {pod: web}
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: prestop-drain
spec:
  title:
    en: Keep serving while the traffic drains
    ko: 트래픽이 빠질 때까지 계속 서비스하기
  task:
    en: When web is deleted, nginx stops the same instant, while the load balancer still sends it requests for a few seconds, which fail. Make nginx keep serving for about 10 s after the deletion starts, then stop cleanly, well within the grace period. Keep the image.
    ko: web을 삭제하면 nginx가 그 즉시 멈추는데, 로드 밸런서는 몇 초 동안 여전히 요청을 보내고 그 요청들은 실패합니다. 삭제가 시작된 뒤 nginx가 10초쯤 더 서비스하다가, 유예 기간 안에 깔끔하게 멈추게 하세요. 이미지는 그대로 두세요.
  fixed:
  - kind: Pod
    name: web
    fields: [spec.containers.0.image, spec.containers.0.command, spec.containers.0.args]
  goals:
  - text: {en: "nginx is still running at 0:38, 8 s after the deletion", ko: "삭제 8초 뒤인 0:38에 nginx가 아직 실행 중"}
    check: {kind: container, pod: web, container: nginx, at: 38, state: running}
  - text: {en: "nginx then exits on its own with code 0, not killed", ko: "그 뒤 nginx가 강제 종료되지 않고 코드 0으로 스스로 종료"}
    check: {kind: container, pod: web, container: nginx, at: 100, state: terminated, exitCode: 0}
  - text: {en: "web is gone between 0:38 and 1:00", ko: "0:38에서 1:00 사이에 web이 사라짐"}
    check: {kind: deleted, pod: web, within: [38, 60]}
  hints:
  - en: On deletion the kubelet first runs the container's preStop hook, if it has one, and sends SIGTERM only after the hook has finished.
    ko: 삭제될 때 kubelet은 컨테이너에 preStop 훅이 있으면 먼저 그것을 실행하고, 훅이 끝난 뒤에야 SIGTERM을 보냅니다.
  - en: The hook's time counts against terminationGracePeriodSeconds (30 s). A hook that outlasts it ends with SIGKILL (exit 137).
    ko: 훅이 걸리는 시간도 terminationGracePeriodSeconds(30초)에 포함됩니다. 그보다 오래 걸리면 SIGKILL(종료 코드 137)로 끝납니다.
  - en: "lifecycle: {preStop: {exec: {command: [sh, -c, sleep 10]}}} on the nginx container (or preStop: {sleep: {seconds: 10}})."
    ko: "nginx 컨테이너에 lifecycle: {preStop: {exec: {command: [sh, -c, sleep 10]}}}를 넣으세요(preStop: {sleep: {seconds: 10}}도 됩니다)."
`,answer:`# A web server behind a load balancer that needs about 5 s to stop sending it requests. nginx exits at once on SIGTERM. The Pod is deleted at 0:30.
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
  - port: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - containerPort: 80
    lifecycle:
      preStop:
        exec:
          command: ["sh", "-c", "sleep 10"]
`},x={id:`grace-period`,topic:`hooks`,title:{en:`Let it finish before it goes`,ko:`떠나기 전에 일을 마치게 하기`},yaml:`# A video encoder: on SIGTERM it finishes the current segment and saves a checkpoint, which takes 45 s, then exits 0. The Pod is deleted at 0:30.
apiVersion: v1
kind: Pod
metadata:
  name: encoder
spec:
  containers:
  - name: encoder
    image: example.com/encoder:2.3
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 3m
  images:
  - {image: example.com/encoder:2.3, present: true}
  behaviors:
  - image: example.com/encoder:2.3
    onSigterm: {exitAfter: 45s, code: 0}
  actions:
  - at: 30s
    delete: {pod: encoder}
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: grace-period
spec:
  title:
    en: Let it finish before it goes
    ko: 떠나기 전에 일을 마치게 하기
  task:
    en: When encoder is deleted it needs 45 s to save its checkpoint, but it is killed before that and the work is lost. Let it shut down cleanly. Keep the image.
    ko: encoder는 삭제될 때 체크포인트를 저장하는 데 45초가 필요한데, 그 전에 강제로 종료되어 작업을 잃습니다. 깔끔하게 종료할 수 있게 하세요. 이미지는 그대로 두세요.
  fixed:
  - kind: Pod
    name: encoder
    fields: [spec.containers.0.image, spec.containers.0.command, spec.containers.0.args]
  goals:
  - text: {en: "encoder exits with code 0, not killed (137)", ko: "encoder가 강제 종료(137)가 아니라 코드 0으로 종료"}
    check: {kind: container, pod: encoder, container: encoder, at: 150, state: terminated, exitCode: 0}
  - text: {en: "the Pod is gone by 2:00", ko: "2:00까지 파드가 사라짐"}
    check: {kind: deleted, pod: encoder, within: [30, 120]}
  hints:
  - en: Look at the container's exit code after the deletion. 137 is 128 + 9, SIGKILL.
    ko: 삭제 뒤 컨테이너의 종료 코드를 보세요. 137은 128 + 9, 즉 SIGKILL입니다.
  - en: After SIGTERM the kubelet waits the Pod's terminationGracePeriodSeconds (30 s by default), then sends SIGKILL.
    ko: SIGTERM을 보낸 뒤 kubelet은 파드의 terminationGracePeriodSeconds(기본 30초)만큼 기다렸다가 SIGKILL을 보냅니다.
  - en: "terminationGracePeriodSeconds: 60 in the Pod's spec."
    ko: "파드 spec에 terminationGracePeriodSeconds: 60을 넣으세요."
`,answer:`# A video encoder: on SIGTERM it finishes the current segment and saves a checkpoint, which takes 45 s, then exits 0. The Pod is deleted at 0:30.
apiVersion: v1
kind: Pod
metadata:
  name: encoder
spec:
  terminationGracePeriodSeconds: 60
  containers:
  - name: encoder
    image: example.com/encoder:2.3
`},S={id:`limitrange-memory`,topic:`resources`,title:{en:`Default memory from a LimitRange`,ko:`LimitRange로 메모리 기본값 주기`},yaml:`# The study notes' LimitRange, after the API server refused \`memoty: "128Mi"\`: someone took the memory lines out. The cache Pod sets no resources; it grows to 200Mi.
apiVersion: v1
kind: LimitRange
metadata:
  name: demo-limitrange
spec:
  limits:
  - default:
      cpu: "500m"
    defaultRequest:
      cpu: "200m"
    type: Container
---
apiVersion: v1
kind: Pod
metadata:
  name: cache
spec:
  containers:
  - name: app
    image: example.com/cache:1.0
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  images:
  - {image: example.com/cache:1.0, present: true}
  behaviors:
  - image: example.com/cache:1.0
    memory:
      start: 40Mi
      steps:
      - {after: 20s, to: 200Mi}
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: limitrange-memory
spec:
  title:
    en: Default memory from a LimitRange
    ko: LimitRange로 메모리 기본값 주기
  task:
    en: "The LimitRange was meant to give every container that sets no resources a 128Mi memory request and a 256Mi memory limit, as well as its CPU defaults; the memory part was lost with the typo. Fix the LimitRange so the cache Pod gets them. Do not give the Pod resources of its own."
    ko: "이 LimitRange는 리소스를 정하지 않은 모든 컨테이너에 CPU 기본값과 함께 메모리 요청 128Mi, 메모리 제한 256Mi를 주려던 것인데, 오타를 고치면서 메모리 부분이 사라졌습니다. cache 파드가 그 값을 받도록 LimitRange를 고치세요. 파드에 직접 리소스를 적지는 마세요."
  fixed:
  - kind: Pod
    name: cache
    fields: [spec.containers.0.image, spec.containers.0.resources]
  goals:
  - text: {en: "cache is admitted with a 128Mi memory request and a 256Mi memory limit", ko: "cache가 메모리 요청 128Mi, 메모리 제한 256Mi로 승인됨"}
    check: {kind: admitted, objectKind: Pod, name: cache, fields: {spec.containers.0.resources.requests.memory: 128Mi, spec.containers.0.resources.limits.memory: 256Mi}}
  - text: {en: "cache is Running with no restarts at 1:30 (it fits in its limit)", ko: "1:30에 cache가 재시작 없이 Running(상한 안에서 동작)"}
    check: {kind: row, pod: cache, at: 90, status: Running, restarts: 0}
  hints:
  - en: "kubectl get pod cache -o yaml: the LimitRanger admission plugin filled in CPU only (see the kubernetes.io/limit-ranger annotation)."
    ko: "kubectl get pod cache -o yaml로 보세요. LimitRanger 어드미션 플러그인이 CPU만 채웠습니다(kubernetes.io/limit-ranger 어노테이션 참고)."
  - en: In a LimitRange of type Container, default gives the limit and defaultRequest gives the request. Resource names must be exact, such as cpu and memory (memoty is refused).
    ko: type이 Container인 LimitRange에서 default는 상한(limit)을, defaultRequest는 요청(request)을 줍니다. 리소스 이름은 cpu, memory처럼 정확해야 합니다(memoty는 거부됩니다).
  - en: "Add memory: 256Mi under default and memory: 128Mi under defaultRequest."
    ko: "default 아래에 memory: 256Mi를, defaultRequest 아래에 memory: 128Mi를 넣으세요."
`,answer:`# The study notes' LimitRange, after the API server refused \`memoty: "128Mi"\`: someone took the memory lines out. The cache Pod sets no resources; it grows to 200Mi.
apiVersion: v1
kind: LimitRange
metadata:
  name: demo-limitrange
spec:
  limits:
  - default:
      cpu: "500m"
      memory: "256Mi"
    defaultRequest:
      cpu: "200m"
      memory: "128Mi"
    type: Container
---
apiVersion: v1
kind: Pod
metadata:
  name: cache
spec:
  containers:
  - name: app
    image: example.com/cache:1.0
`},C={id:`limitrange-order`,topic:`resources`,title:{en:`A LimitRange that came too late`,ko:`너무 늦게 온 LimitRange`},yaml:`# A worker with a memory leak (2Mi a second), and the namespace's LimitRange that should cap it at 256Mi. The file is applied top to bottom.
apiVersion: v1
kind: Pod
metadata:
  name: worker
spec:
  containers:
  - name: app
    image: example.com/worker:3.0
---
apiVersion: v1
kind: LimitRange
metadata:
  name: mem-defaults
spec:
  limits:
  - type: Container
    default: {memory: 256Mi}
    defaultRequest: {memory: 128Mi}
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 3m
  images:
  - {image: example.com/worker:3.0, present: true}
  behaviors:
  - image: example.com/worker:3.0
    memory:
      start: 50Mi
      growPerSecond: 2Mi
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: limitrange-order
spec:
  title:
    en: A LimitRange that came too late
    ko: 너무 늦게 온 LimitRange
  task:
    en: The LimitRange mem-defaults is right, yet the worker Pod got no memory limit and its leak grows without bound. Make the worker get the LimitRange's defaults, so the leak is stopped at 256Mi. Change neither the LimitRange nor the Pod.
    ko: LimitRange mem-defaults는 제대로 되어 있는데, worker 파드에는 메모리 제한이 붙지 않아 누수가 끝없이 커집니다. worker가 LimitRange의 기본값을 받아서 누수가 256Mi에서 멈추게 하세요. LimitRange도 파드도 고치지 마세요.
  fixed:
  - kind: LimitRange
    name: mem-defaults
    fields: [spec]
  - kind: Pod
    name: worker
    fields: [spec]
  goals:
  - text: {en: "worker is admitted with a 256Mi memory limit", ko: "worker가 메모리 제한 256Mi로 승인됨"}
    check: {kind: admitted, objectKind: Pod, name: worker, fields: {spec.containers.0.resources.limits.memory: 256Mi}}
  - text: {en: "the leak is stopped at the limit: by 2:50 the container has been OOMKilled", ko: "누수가 상한에서 멈춤: 2:50까지 컨테이너가 OOMKilled됨"}
    check: {kind: container, pod: worker, container: app, at: 170, lastReason: OOMKilled}
  hints:
  - en: "kubectl get pod worker -o yaml: the Pod has no resources and no kubernetes.io/limit-ranger annotation. When was it admitted?"
    ko: "kubectl get pod worker -o yaml로 보면 파드에 resources도, kubernetes.io/limit-ranger 어노테이션도 없습니다. 파드는 언제 승인되었나요?"
  - en: A LimitRange is applied by admission when a Pod is created; it never changes Pods that already exist. kubectl apply -f creates the objects in file order.
    ko: LimitRange는 파드가 생성될 때 어드미션에서 적용되고, 이미 있는 파드는 바꾸지 않습니다. kubectl apply -f는 파일에 적힌 순서대로 오브젝트를 만듭니다.
  - en: Put the LimitRange before the Pod in the file.
    ko: 파일에서 LimitRange를 파드보다 앞에 두세요.
`,answer:`# A worker with a memory leak (2Mi a second), and the namespace's LimitRange that should cap it at 256Mi. The file is applied top to bottom.
apiVersion: v1
kind: LimitRange
metadata:
  name: mem-defaults
spec:
  limits:
  - type: Container
    default: {memory: 256Mi}
    defaultRequest: {memory: 128Mi}
---
apiVersion: v1
kind: Pod
metadata:
  name: worker
spec:
  containers:
  - name: app
    image: example.com/worker:3.0
`},w={id:`requests-too-big`,topic:`scheduling`,title:{en:`Pending forever`,ko:`영원히 Pending`},yaml:`# An API with three replicas on three 2-CPU nodes. Each replica uses about 0.2 CPU; the requests were copied from a spreadsheet that listed CPU in tenths.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 3
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
      - name: api
        image: example.com/api:1.8
        resources:
          requests:
            cpu: "3"
            memory: 256Mi
          limits:
            memory: 256Mi
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  nodes:
  - {name: node-1, cpu: "2", memory: 4Gi}
  - {name: node-2, cpu: "2", memory: 4Gi}
  - {name: node-3, cpu: "2", memory: 4Gi}
  images:
  - {image: example.com/api:1.8, present: true}
  behaviors:
  - image: example.com/api:1.8
    cpu: 200m
    memory: {start: 120Mi}
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: requests-too-big
spec:
  title:
    en: Pending forever
    ko: 영원히 Pending
  task:
    en: None of the api Pods is ever scheduled. Find out why and fix the Deployment so all three replicas run, one on each node. Keep the image, the replica count and the memory settings.
    ko: api 파드가 하나도 스케줄되지 않습니다. 원인을 찾아 디플로이먼트를 고쳐서, 레플리카 세 개가 노드마다 하나씩 실행되게 하세요. 이미지, 레플리카 수, 메모리 설정은 그대로 두세요.
  fixed:
  - kind: Deployment
    name: api
    fields:
    - spec.replicas
    - spec.template.spec.containers.0.image
    - spec.template.spec.containers.0.resources.requests.memory
    - spec.template.spec.containers.0.resources.limits
  goals:
  - text: {en: "every api Pod is Running at 1:00", ko: "1:00에 api 파드가 모두 Running"}
    check: {kind: row, pod: api-*, at: 60, status: Running}
  - text: {en: "at 1:00 each node runs one api Pod", ko: "1:00에 노드마다 api 파드가 하나씩 실행 중"}
    check: {kind: placement, at: 60, status: Running, nodes: {node-1: {api-*: 1}, node-2: {api-*: 1}, node-3: {api-*: 1}}}
  hints:
  - en: kubectl describe one of the Pending Pods and read the FailedScheduling event.
    ko: Pending 상태인 파드 하나를 kubectl describe로 보고 FailedScheduling 이벤트를 읽어 보세요.
  - en: 'The scheduler places a Pod only on a node whose free allocatable CPU covers its request. cpu: "3" means three whole cores; each node has two.'
    ko: '스케줄러는 남은 할당 가능 CPU가 요청을 감당할 수 있는 노드에만 파드를 놓습니다. cpu: "3"은 코어 세 개를 뜻하는데, 노드마다 두 개뿐입니다.'
  - en: 'The app uses about 0.2 CPU: request cpu: 300m (or 200m).'
    ko: '앱은 CPU를 0.2개쯤 씁니다. cpu: 300m(또는 200m)를 요청하세요.'
`,answer:`# An API with three replicas on three 2-CPU nodes. Each replica uses about 0.2 CPU; the requests were copied from a spreadsheet that listed CPU in tenths.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 3
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
      - name: api
        image: example.com/api:1.8
        resources:
          requests:
            cpu: 300m
            memory: 256Mi
          limits:
            memory: 256Mi
`},T={id:`zone-spread`,topic:`scheduling`,title:{en:`Half in each zone`,ko:`존마다 절반씩`},yaml:`# A payments API with six replicas on a cluster of two zones: zone-a has two big nodes, zone-b one smaller node.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments
spec:
  replicas: 6
  selector:
    matchLabels: {app: payments}
  template:
    metadata:
      labels: {app: payments}
    spec:
      containers:
      - name: api
        image: nginx:1.27
        resources:
          requests: {cpu: 250m, memory: 256Mi}
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  nodes:
  - {name: a-1, cpu: "8", memory: 32Gi, zone: zone-a}
  - {name: a-2, cpu: "8", memory: 32Gi, zone: zone-a}
  - {name: b-1, cpu: "4", memory: 16Gi, zone: zone-b}
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: zone-spread
spec:
  title:
    en: Half in each zone
    ko: 존마다 절반씩
  task:
    en: Losing a zone must never take more than half of payments with it. Make the scheduler put exactly three of the six replicas in each zone, whatever the nodes are. Keep the containers and the replica count.
    ko: 존 하나를 잃어도 payments의 절반보다 많이 잃으면 안 됩니다. 노드 구성이 어떻든 레플리카 여섯 개 중 정확히 세 개씩 각 존에 놓이도록 스케줄러에게 알려 주세요. 컨테이너와 레플리카 수는 그대로 두세요.
  fixed:
  - kind: Deployment
    name: payments
    fields: [spec.replicas, spec.template.spec.containers]
  goals:
  - text: {en: "all six payments Pods are Running at 1:00", ko: "1:00에 payments 파드 여섯 개가 모두 Running"}
    check: {kind: row, pod: payments-*, at: 60, status: Running}
  - text: {en: "zone-b (node b-1) runs exactly three of them at 1:00", ko: "1:00에 zone-b(노드 b-1)에서 정확히 세 개가 실행 중"}
    check: {kind: placement, at: 60, status: Running, nodes: {b-1: {payments-*: 3}}}
  hints:
  - en: Open the node map. The scheduler's default spreading weighs nodes and zones, but only as a preference among other scores.
    ko: 노드 맵을 보세요. 스케줄러의 기본 분산은 노드와 존을 고려하지만, 다른 점수들과 함께 따지는 선호 사항일 뿐입니다.
  - en: "A topologySpreadConstraint with whenUnsatisfiable: DoNotSchedule is a hard rule. Its topologyKey picks the domain: kubernetes.io/hostname spreads over nodes, topology.kubernetes.io/zone over zones."
    ko: "whenUnsatisfiable: DoNotSchedule인 topologySpreadConstraint는 반드시 지켜야 하는 규칙입니다. topologyKey가 도메인을 정합니다. kubernetes.io/hostname은 노드 단위로, topology.kubernetes.io/zone은 존 단위로 분산합니다."
  - en: "topologySpreadConstraints: [{maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: payments}}}]"
    ko: "topologySpreadConstraints: [{maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: payments}}}]를 파드 템플릿에 넣으세요."
`,answer:`# A payments API with six replicas on a cluster of two zones: zone-a has two nodes, zone-b one bigger node.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments
spec:
  replicas: 6
  selector:
    matchLabels: {app: payments}
  template:
    metadata:
      labels: {app: payments}
    spec:
      topologySpreadConstraints:
      - maxSkew: 1
        topologyKey: topology.kubernetes.io/zone
        whenUnsatisfiable: DoNotSchedule
        labelSelector:
          matchLabels: {app: payments}
      containers:
      - name: api
        image: nginx:1.27
        resources:
          requests: {cpu: 250m, memory: 256Mi}
`},E={id:`node-failure-replicas`,topic:`nodes`,title:{en:`Survive a node failure`,ko:`노드 장애에서 살아남기`},yaml:`# A login service: one nginx replica behind the Service login, on a two-node cluster. node-1 stops reporting at 0:30.
apiVersion: v1
kind: Service
metadata:
  name: login
spec:
  selector: {app: login}
  ports:
  - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: login
spec:
  replicas: 1
  selector:
    matchLabels: {app: login}
  template:
    metadata:
      labels: {app: login}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        readinessProbe:
          httpGet: {path: /, port: 80}
          periodSeconds: 5
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 4m
  nodes:
  - name: node-1
  - name: node-2
  actions:
  - at: 30s
    nodeDown: node-1
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: node-failure-replicas
spec:
  title:
    en: Survive a node failure
    ko: 노드 장애에서 살아남기
  task:
    en: When node-1 fails, login has no ready Pod for minutes. Run two replicas that can never share a node, so that the Service keeps a ready Pod when either node fails. Keep the containers.
    ko: node-1에 장애가 나면 login에는 몇 분 동안 Ready 파드가 하나도 없습니다. 절대 같은 노드에 함께 놓이지 않는 레플리카 두 개를 실행해서, 어느 노드에 장애가 나도 서비스에 Ready 파드가 남아 있게 하세요. 컨테이너는 그대로 두세요.
  fixed:
  - kind: Deployment
    name: login
    fields: [spec.template.spec.containers]
  goals:
  - text: {en: "the Service login has 2 ready endpoints at 0:20", ko: "0:20에 서비스 login의 Ready 엔드포인트가 2개"}
    check: {kind: endpoints, service: login, at: 20, ready: 2}
  - text: {en: "at 2:00, with node-1 NotReady, login still has a ready endpoint", ko: "2:00에 node-1이 NotReady인데도 login에 Ready 엔드포인트가 있음"}
    check: {kind: endpoints, service: login, at: 120, readyPods: [login-*]}
  hints:
  - en: About 50 s after node-1 stops reporting it is NotReady, and its Pods are marked not ready. With one replica, nothing else serves.
    ko: node-1이 응답을 멈추고 50초쯤 지나면 NotReady가 되고, 그 위의 파드는 Ready가 아닌 것으로 표시됩니다. 레플리카가 하나뿐이면 대신 서비스할 파드가 없습니다.
  - en: Two replicas are not enough if both land on the same node. The scheduler spreads a Deployment's Pods only as a preference; a topology spread constraint makes it a rule.
    ko: 레플리카가 둘이어도 같은 노드에 놓이면 소용없습니다. 스케줄러는 디플로이먼트의 파드를 선호 사항으로만 분산합니다. topology spread constraint를 쓰면 규칙이 됩니다.
  - en: "replicas: 2, and in the Pod template topologySpreadConstraints: [{maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: login}}}]"
    ko: "replicas: 2로 하고, 파드 템플릿에 topologySpreadConstraints: [{maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: login}}}]를 넣으세요."
`,answer:`# A login service: one nginx replica behind the Service login, on a two-node cluster. node-1 stops reporting at 0:30.
apiVersion: v1
kind: Service
metadata:
  name: login
spec:
  selector: {app: login}
  ports:
  - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: login
spec:
  replicas: 2
  selector:
    matchLabels: {app: login}
  template:
    metadata:
      labels: {app: login}
    spec:
      topologySpreadConstraints:
      - maxSkew: 1
        topologyKey: kubernetes.io/hostname
        whenUnsatisfiable: DoNotSchedule
        labelSelector:
          matchLabels: {app: login}
      containers:
      - name: nginx
        image: nginx:1.27
        readinessProbe:
          httpGet: {path: /, port: 80}
          periodSeconds: 5
`},D={id:`node-failure-tolerations`,topic:`nodes`,title:{en:`Replace a lost Pod sooner`,ko:`잃어버린 파드를 더 빨리 대체하기`},yaml:`# A checkout service: two nginx replicas on two nodes behind the Service checkout. node-2 stops reporting at 0:30.
apiVersion: v1
kind: Service
metadata:
  name: checkout
spec:
  selector: {app: checkout}
  ports:
  - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  replicas: 2
  selector:
    matchLabels: {app: checkout}
  template:
    metadata:
      labels: {app: checkout}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        readinessProbe:
          httpGet: {path: /, port: 80}
          periodSeconds: 5
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 5m
  nodes:
  - name: node-1
  - name: node-2
  actions:
  - at: 30s
    nodeDown: node-2
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: node-failure-tolerations
spec:
  title:
    en: Replace a lost Pod sooner
    ko: 잃어버린 파드를 더 빨리 대체하기
  task:
    en: When node-2 stops reporting, its checkout Pod stays lost for more than five minutes before the Deployment replaces it, and the Service runs on one Pod all that time. Make the replacement come within a minute or so of the node being marked NotReady. Keep the containers and the replica count.
    ko: node-2가 응답을 멈추면, 디플로이먼트가 그 위의 checkout 파드를 대체하기까지 5분이 넘게 걸리고 그동안 서비스는 파드 하나로만 돌아갑니다. 노드가 NotReady로 표시된 뒤 1분쯤 안에 대체 파드가 생기게 하세요. 컨테이너와 레플리카 수는 그대로 두세요.
  fixed:
  - kind: Deployment
    name: checkout
    fields: [spec.replicas, spec.template.spec.containers]
  goals:
  - text: {en: "the Service checkout has 2 ready endpoints again at 3:00", ko: "3:00에 서비스 checkout의 Ready 엔드포인트가 다시 2개"}
    check: {kind: endpoints, service: checkout, at: 180, ready: 2}
  - text: {en: "the taint manager evicts the lost Pod between 1:00 and 2:50", ko: "테인트 매니저가 1:00에서 2:50 사이에 잃어버린 파드를 축출"}
    check: {kind: event, reason: TaintManagerEviction, object: checkout-*, first: [60, 170]}
  hints:
  - en: Look at the events of the Pod on node-2 after 0:30. When is it marked for deletion, and what decides that time?
    ko: 0:30 이후 node-2에 있는 파드의 이벤트를 보세요. 언제 삭제 대상으로 표시되며, 그 시점은 무엇이 정하나요?
  - en: "A NotReady or unreachable node gets NoExecute taints. Every Pod gets default tolerations for them with tolerationSeconds: 300, so it stays bound to the node for five minutes."
    ko: "NotReady이거나 연락이 닿지 않는 노드에는 NoExecute 테인트(taint)가 붙습니다. 모든 파드는 이 테인트에 대한 기본 톨러레이션(toleration, tolerationSeconds: 300)을 받아서, 5분 동안 그 노드에 묶여 있습니다."
  - en: "In the Pod template, tolerate node.kubernetes.io/unreachable and node.kubernetes.io/not-ready (operator: Exists, effect: NoExecute) with tolerationSeconds: 30."
    ko: "파드 템플릿에 node.kubernetes.io/unreachable과 node.kubernetes.io/not-ready에 대한 톨러레이션을 tolerationSeconds: 30으로 넣으세요(operator: Exists, effect: NoExecute)."
`,answer:`# A checkout service: two nginx replicas on two nodes behind the Service checkout. node-2 stops reporting at 0:30.
apiVersion: v1
kind: Service
metadata:
  name: checkout
spec:
  selector: {app: checkout}
  ports:
  - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  replicas: 2
  selector:
    matchLabels: {app: checkout}
  template:
    metadata:
      labels: {app: checkout}
    spec:
      tolerations:
      - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 30}
      - {key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 30}
      containers:
      - name: nginx
        image: nginx:1.27
        readinessProbe:
          httpGet: {path: /, port: 80}
          periodSeconds: 5
`},O={id:`descheduler-pdb`,topic:`scheduling`,title:{en:`The descheduler may not evict`,ko:`디스케줄러가 축출하지 못해요`},yaml:`# The study notes' story: services a and b, two replicas each, on two nodes. node-2 fails at 0:30 and returns at 6:40, a rolling update of a starts at 7:30, and the descheduler (RemoveDuplicates) runs at 9:00. Each service has a PodDisruptionBudget.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: a
spec:
  replicas: 2
  selector:
    matchLabels: {app: a}
  template:
    metadata:
      labels: {app: a}
    spec:
      containers:
      - name: app
        image: nginx:1.27
        resources:
          requests: {cpu: 500m, memory: 1Gi}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: b
spec:
  replicas: 2
  selector:
    matchLabels: {app: b}
  template:
    metadata:
      labels: {app: b}
    spec:
      containers:
      - name: app
        image: httpd:2.4
        resources:
          requests: {cpu: 500m, memory: 1Gi}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: a
spec:
  minAvailable: 2
  selector:
    matchLabels: {app: a}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: b
spec:
  minAvailable: 2
  selector:
    matchLabels: {app: b}
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 10m
  nodes:
  - {name: node-1, cpu: "2", memory: 4Gi}
  - {name: node-2, cpu: "2", memory: 4Gi}
  actions:
  - {at: 30s, nodeDown: node-2}
  - {at: 400s, nodeUp: node-2}
  - {at: 450s, setImage: {deployment: a, container: app, image: "nginx:1.28"}}
  - {at: 540s, deschedule: {removeDuplicates: true}}
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: descheduler-pdb
spec:
  title:
    en: The descheduler may not evict
    ko: 디스케줄러가 축출하지 못해요
  task:
    en: "After the node failure and the rolling update, node-1 runs b,b and node-2 runs a,a, so either node failing takes a whole service down. The descheduler runs at 9:00 to fix this, but it evicts nothing. Make its run rebalance the services to one a and one b on each node. Both services must keep a PodDisruptionBudget that allows at most one of their Pods to be evicted at a time. Keep the Deployments."
    ko: "노드 장애와 롤링 업데이트를 거치고 나면 node-1에는 b,b가, node-2에는 a,a가 놓여서, 어느 노드든 장애가 나면 서비스 하나가 통째로 멈춥니다. 이를 바로잡으려고 9:00에 디스케줄러가 실행되지만 아무것도 축출하지 못합니다. 디스케줄러 실행으로 각 노드에 a와 b가 하나씩 놓이게 하세요. 두 서비스 모두 한 번에 파드 하나까지만 축출을 허용하는 PodDisruptionBudget을 유지해야 합니다. 디플로이먼트는 그대로 두세요."
  fixed:
  - kind: Deployment
    name: a
    fields: [spec]
  - kind: Deployment
    name: b
    fields: [spec]
  goals:
  - text: {en: "at 9:40 each node runs one a and one b", ko: "9:40에 노드마다 a와 b가 하나씩 실행 중"}
    check: {kind: placement, at: 580, status: Running, nodes: {node-1: {a-*: 1, b-*: 1}, node-2: {a-*: 1, b-*: 1}}}
  - text: {en: "a is still guarded by its PodDisruptionBudget", ko: "a는 여전히 PodDisruptionBudget으로 보호됨"}
    check: {kind: admitted, objectKind: PodDisruptionBudget, name: a, fields: {spec.selector.matchLabels.app: a}}
  - text: {en: "b is still guarded by its PodDisruptionBudget", ko: "b는 여전히 PodDisruptionBudget으로 보호됨"}
    check: {kind: admitted, objectKind: PodDisruptionBudget, name: b, fields: {spec.selector.matchLabels.app: b}}
  hints:
  - en: Read the run's notes at 9:00. The descheduler never deletes Pods directly; it asks the eviction API, which checks PodDisruptionBudgets.
    ko: 9:00에 남은 실행 노트(notes)를 읽어 보세요. 디스케줄러는 파드를 직접 지우지 않고 축출 API에 요청하며, 축출 API는 PodDisruptionBudget을 확인합니다.
  - en: "With two replicas, minAvailable: 2 allows no eviction at all, ever."
    ko: "레플리카가 둘일 때 minAvailable: 2는 어떤 축출도 절대 허용하지 않습니다."
  - en: "In both budgets, replace minAvailable: 2 with maxUnavailable: 1 (or minAvailable: 1)."
    ko: "두 PodDisruptionBudget 모두 minAvailable: 2를 maxUnavailable: 1(또는 minAvailable: 1)로 바꾸세요."
`,answer:`# The study notes' story: services a and b, two replicas each, on two nodes. node-2 fails at 0:30 and returns at 6:40, a rolling update of a starts at 7:30, and the descheduler (RemoveDuplicates) runs at 9:00. Each service has a PodDisruptionBudget.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: a
spec:
  replicas: 2
  selector:
    matchLabels: {app: a}
  template:
    metadata:
      labels: {app: a}
    spec:
      containers:
      - name: app
        image: nginx:1.27
        resources:
          requests: {cpu: 500m, memory: 1Gi}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: b
spec:
  replicas: 2
  selector:
    matchLabels: {app: b}
  template:
    metadata:
      labels: {app: b}
    spec:
      containers:
      - name: app
        image: httpd:2.4
        resources:
          requests: {cpu: 500m, memory: 1Gi}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: a
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: a}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: b
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: b}
`},k=e({CHALLENGES:()=>A,challengeById:()=>M}),A=[t,n,r,i,a,o,s,c,l,u,d,f,p,m,h,g,_,v,y,b,x,S,C,w,T,E,D,O],j=new Map(A.map(e=>[e.id,e]));function M(e){return j.get(e)}export{M as n,k as r,A as t};
//# sourceMappingURL=challenges-Cb-EB0Oc.js.map