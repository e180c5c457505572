import{n as e}from"./rolldown-runtime-BLXQ4ufn.js";var t={id:`pending-unschedulable`,topic:`phases`,docs:[`podPhase`,`resources`],yaml:`# A Pod that asks for more memory than any node has stays Pending until a bigger node joins.
apiVersion: v1
kind: Pod
metadata:
  name: big
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      requests: {memory: 24Gi}
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  actions:
  - at: 60s
    addNode: {name: node-2, memory: 32Gi}
`,comments:{ko:{"A Pod that asks for more memory than any node has stays Pending until a bigger node joins.":`어느 노드보다도 많은 메모리를 요청한 파드는 더 큰 노드가 합류할 때까지 Pending으로 남습니다.`}},moments:[{t:0,focus:{kubectl:`events`,pod:`big`},checks:[{kind:`event`,reason:`FailedScheduling`,object:`big`,message:{includes:`0/1 nodes are available: 1 Insufficient memory.`},first:[0,1]},{kind:`row`,pod:`big`,at:0,status:`Pending`,ready:`0/1`,phase:`Pending`}]},{t:60,focus:{view:`nodemap`,pod:`big`},checks:[{kind:`row`,pod:`big`,at:59,status:`Pending`,phase:`Pending`},{kind:`event`,reason:`Scheduled`,object:`big`,message:`Successfully assigned default/big to node-2`,first:[60,61]},{kind:`row`,pod:`big`,at:60,status:`ContainerCreating`,node:`node-2`}]},{t:63,focus:{view:`nodemap`,kubectl:`watch`,pod:`big`},checks:[{kind:`row`,pod:`big`,at:63,status:`Running`,ready:`1/1`,phase:`Running`,node:`node-2`}]}],text:{en:{title:`Pending: no node fits`,summary:`A Pod asks for 24Gi of memory; the only node has 16Gi. It stays Pending until a bigger node joins.`,watch:`The STATUS column and the FailedScheduling event; the node map when node-2 appears at 60 s.`,moments:[{label:`FailedScheduling`,explain:`The scheduler filters out node-1 (Insufficient memory) and leaves the Pod unbound. Pending means the Pod is accepted but no container has started yet.`,predict:{question:`What does kubectl show for the Pod right after apply?`,choices:[`Pending`,`ContainerCreating`,`Error`],answer:0,why:`No node was chosen, so the kubelet never sees the Pod; the phase stays Pending.`}},{label:`A bigger node joins`,explain:`node-2 with 32Gi registers at 60 s. The scheduler retries the waiting Pod and binds it to node-2 at once.`,predict:{question:`Does the Pod need to be re-created to use the new node?`,choices:[`Yes, delete and apply again`,`No, the scheduler retries it`],answer:1,why:`An unschedulable Pod waits in the scheduler's queue; a new node is an event that moves it back for another attempt.`}},{label:`Running on node-2`,explain:`About 3 s later the image is pulled and the container runs: the phase turns Running.`,predict:{question:`Which phase follows once the container starts?`,choices:[`Succeeded`,`Running`,`Ready`],answer:1,why:`A Pod is Running when it is bound and at least one container runs. Ready is a condition, not a phase.`}}],questions:[{question:`Which event tells you why a Pod is stuck in Pending with no node?`,choices:[`BackOff`,`FailedScheduling`,`Unhealthy`],answer:1,why:`The scheduler records FailedScheduling with the per-node reasons (here Insufficient memory).`}]},ko:{title:`Pending: 들어갈 노드가 없다`,summary:`파드가 메모리 24Gi를 요청하지만 노드는 16Gi뿐입니다. 더 큰 노드가 들어올 때까지 Pending에 머뭅니다.`,watch:`STATUS 열과 FailedScheduling 이벤트를 보세요. 60초에 node-2가 나타나는 것은 노드 맵에서 확인하세요.`,moments:[{label:`FailedScheduling`,explain:`스케줄러가 node-1을 메모리 부족(Insufficient memory)으로 걸러 내서 파드가 어느 노드에도 바인딩되지 않습니다. Pending은 파드가 승인은 됐지만 아직 컨테이너가 하나도 시작되지 않은 상태입니다.`,predict:{question:`kubectl apply 직후 kubectl은 파드를 어떻게 보여 줄까요?`,choices:[`Pending`,`ContainerCreating`,`Error`],answer:0,why:`노드가 정해지지 않았으니 kubelet은 이 파드를 알지도 못합니다. 단계는 Pending으로 남습니다.`}},{label:`더 큰 노드 합류`,explain:`60초에 32Gi짜리 node-2가 등록됩니다. 스케줄러가 기다리던 파드를 다시 시도해 곧바로 node-2에 바인딩합니다.`,predict:{question:`새 노드를 쓰려면 파드를 다시 만들어야 할까요?`,choices:[`예, 지우고 다시 kubectl apply`,`아니요, 스케줄러가 다시 시도`],answer:1,why:`스케줄할 수 없는 파드는 스케줄러 큐에서 기다리고, 새 노드 추가 같은 이벤트가 생기면 다시 시도됩니다.`}},{label:`node-2에서 Running`,explain:`약 3초 뒤 이미지를 받고 컨테이너가 실행되면서 단계가 Running이 됩니다.`,predict:{question:`컨테이너가 시작되면 어떤 단계가 될까요?`,choices:[`Succeeded`,`Running`,`Ready`],answer:1,why:`파드가 노드에 바인딩되고 컨테이너가 하나 이상 실행 중이면 Running입니다. Ready는 단계가 아니라 컨디션입니다.`}}],questions:[{question:`노드 없이 Pending에 멈춘 파드의 원인을 알려 주는 이벤트는?`,choices:[`BackOff`,`FailedScheduling`,`Unhealthy`],answer:1,why:`스케줄러가 노드별 이유(여기서는 Insufficient memory)를 담아 FailedScheduling을 남깁니다.`}]}}},n={id:`succeeded-onfailure`,topic:`phases`,docs:[`podPhase`,`restarts`],yaml:`# A batch-style Pod: it works for 20 s and exits 0; under OnFailure it is not restarted.
apiVersion: v1
kind: Pod
metadata:
  name: batch
spec:
  restartPolicy: OnFailure
  containers:
  - name: job
    image: busybox:1.36
    command: ["sh", "-c", "echo working; sleep 20; echo done"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 1m
`,comments:{ko:{"A batch-style Pod: it works for 20 s and exits 0; under OnFailure it is not restarted.":`배치 작업 같은 파드: 20초 동안 일하고 0으로 종료합니다. OnFailure에서는 재시작되지 않습니다.`}},moments:[{t:2,checks:[{kind:`row`,pod:`batch`,at:2,status:`Running`,ready:`1/1`,phase:`Running`}]},{t:22,checks:[{kind:`row`,pod:`batch`,at:22,status:`Completed`,ready:`0/1`,restarts:`0`,phase:`Succeeded`}]},{t:60,checks:[{kind:`row`,pod:`batch`,at:60,status:`Completed`,restarts:`0`,phase:`Succeeded`},{kind:`event`,reason:`BackOff`,object:`batch`,absent:!0},{kind:`event`,reason:`Started`,object:`batch`,count:{min:1,max:1,before:60}}]}],text:{en:{title:`Running, then Succeeded (restartPolicy OnFailure)`,summary:`A batch-style container works for 20 s and exits 0. With restartPolicy OnFailure a clean exit is final: the Pod ends Succeeded.`,watch:`STATUS goes from Running to Completed and RESTARTS stays 0.`,moments:[{label:`Running`,explain:`The container started, so the phase is Running. READY is 1/1 because there is no readiness probe: a running container counts as ready.`,predict:{question:`Is a Pod without a readiness probe Ready as soon as its container runs?`,choices:[`Yes`,`No, it waits 10 s first`],answer:0,why:`Without a readiness probe the kubelet treats a running container as ready.`}},{label:`Completed, phase Succeeded`,explain:`The script exits 0 after sleep 20. Every container ended with 0 and the policy is not Always, so the kubelet sets the phase to Succeeded; kubectl prints the container's reason, Completed.`,predict:{question:`What will the kubelet do after the exit 0?`,choices:[`Restart the container`,`Nothing: the Pod is done`],answer:1,why:`OnFailure restarts only non-zero exits; exit 0 makes the Pod Succeeded.`}},{label:`Still done`,explain:`A minute later nothing has changed: no restart, no BackOff event. A Succeeded Pod never runs again; only a controller such as a Job would create a new Pod.`,predict:{question:`How many times did the container start?`,choices:[`Once`,`Twice`,`It keeps restarting`],answer:0,why:`There was only one Started event; a terminal phase is never left.`}}],questions:[{question:`The same container under restartPolicy Always: what would you see after the exit 0?`,choices:[`Completed forever`,`A restart, and later CrashLoopBackOff`,`phase Failed`],answer:1,why:`Always restarts every exit, even 0, with the crash-loop back-off. See the 'restartPolicy Always restarts exit 0' lesson.`}]},ko:{title:`Running에서 Succeeded로 (restartPolicy OnFailure)`,summary:`배치 작업 같은 컨테이너가 20초 동안 일하고 0으로 종료합니다. restartPolicy가 OnFailure이면 정상 종료로 끝이고, 파드는 Succeeded가 됩니다.`,watch:`STATUS가 Running에서 Completed로 바뀌고 RESTARTS는 0으로 유지되는지 보세요.`,moments:[{label:`Running`,explain:`컨테이너가 시작되었으니 단계는 Running입니다. 준비성 프로브가 없어서 실행 중인 컨테이너는 바로 준비된 것으로 보므로 READY는 1/1입니다.`,predict:{question:`준비성 프로브가 없는 파드는 컨테이너가 실행되자마자 Ready일까요?`,choices:[`예`,`아니요, 먼저 10초를 기다린다`],answer:0,why:`준비성 프로브가 없으면 kubelet은 실행 중인 컨테이너를 준비된 것으로 취급합니다.`}},{label:`Completed, phase Succeeded`,explain:`sleep 20이 끝나고 스크립트가 0으로 종료합니다. 모든 컨테이너가 0으로 끝났고 정책이 Always가 아니므로 kubelet은 단계를 Succeeded로 정하고, kubectl은 컨테이너의 reason인 Completed를 보여 줍니다.`,predict:{question:`exit 0 뒤에 kubelet은 무엇을 할까요?`,choices:[`컨테이너를 재시작한다`,`아무것도 안 한다: 파드는 끝났다`],answer:1,why:`OnFailure는 0이 아닌 종료만 재시작합니다. exit 0이면 파드는 Succeeded가 됩니다.`}},{label:`그대로 끝난 상태`,explain:`1분이 지나도 재시작도 BackOff 이벤트도 없습니다. Succeeded가 된 파드는 다시 실행되지 않습니다. 다시 돌리려면 잡(Job) 같은 컨트롤러가 새 파드를 만들어야 합니다.`,predict:{question:`컨테이너는 몇 번 시작되었을까요?`,choices:[`한 번`,`두 번`,`계속 재시작된다`],answer:0,why:`Started 이벤트는 한 번뿐입니다. 종료 단계는 다시 바뀌지 않습니다.`}}],questions:[{question:`같은 컨테이너를 restartPolicy Always로 돌리면 exit 0 뒤에 무엇이 보일까요?`,choices:[`계속 Completed`,`재시작, 그리고 나중에 CrashLoopBackOff`,`phase Failed`],answer:1,why:`Always는 0으로 끝나도 모든 종료를 재시작하고, 크래시 루프 백오프도 똑같이 적용됩니다. 'restartPolicy Always는 exit 0도 재시작' 레슨을 보세요.`}]}}},r={id:`failed-never`,topic:`phases`,docs:[`podPhase`,`restarts`],yaml:`# A Pod whose only container exits 1 under restartPolicy Never: no restart, phase Failed.
apiVersion: v1
kind: Pod
metadata:
  name: once
spec:
  restartPolicy: Never
  containers:
  - name: job
    image: busybox:1.36
    command: ["sh", "-c", "echo trying; sleep 15; exit 1"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 1m
`,comments:{ko:{"A Pod whose only container exits 1 under restartPolicy Never: no restart, phase Failed.":`하나뿐인 컨테이너가 restartPolicy Never에서 1로 종료하는 파드: 재시작 없이 Failed 단계가 됩니다.`}},moments:[{t:2,checks:[{kind:`row`,pod:`once`,at:2,status:`Running`,ready:`1/1`,phase:`Running`}]},{t:17,checks:[{kind:`row`,pod:`once`,at:17,status:`Error`,ready:`0/1`,restarts:`0`,phase:`Failed`}]},{t:60,checks:[{kind:`row`,pod:`once`,at:60,status:`Error`,restarts:`0`,phase:`Failed`},{kind:`event`,reason:`Started`,object:`once`,count:{min:1,max:1,before:60}}]}],text:{en:{title:`Failed: exit 1 under restartPolicy Never`,summary:`The container exits 1 after 15 s. With restartPolicy Never nothing is retried: the container is Terminated with reason Error and the Pod's phase becomes Failed.`,watch:`STATUS turns Error and stays; RESTARTS stays 0.`,moments:[{label:`Running`,explain:`The script prints, then sleeps 15 s. The Pod is Running.`,predict:{question:`Which field decides what happens when this container exits?`,choices:[`spec.restartPolicy`,`terminationGracePeriodSeconds`,`imagePullPolicy`],answer:0,why:`The Pod's restartPolicy (Always, OnFailure, Never) decides whether an exited container is started again.`}},{label:`Error, phase Failed`,explain:`exit 1: the container is Terminated with reason Error and exit code 1. Under Never the kubelet does not restart it, and a non-zero exit makes the phase Failed.`,predict:{question:`What phase does the Pod get?`,choices:[`Running`,`Failed`,`Pending`],answer:1,why:`Never with a non-zero exit is terminal: Failed.`}},{label:`Never restarted`,explain:`The container started exactly once. Failed is terminal; kubectl keeps showing Error.`,predict:{question:`Would OnFailure have changed the outcome?`,choices:[`Yes, it would restart after exit 1`,`No`],answer:0,why:`OnFailure restarts non-zero exits (with back-off) and keeps the phase Running meanwhile.`}}],questions:[{question:`Which combination leaves a Pod Failed?`,choices:[`Always + exit 1`,`OnFailure + exit 0`,`Never + exit 1`],answer:2,why:`Only Never gives up on a failing container; Always and OnFailure restart it.`}]},ko:{title:`Failed: restartPolicy Never에서 exit 1`,summary:`컨테이너가 15초 뒤 1로 종료합니다. restartPolicy가 Never이면 다시 시도하지 않습니다. 컨테이너는 reason Error로 Terminated 상태가 되고 파드의 단계는 Failed가 됩니다.`,watch:`STATUS가 Error로 바뀐 채 유지되고 RESTARTS는 0인지 보세요.`,moments:[{label:`Running`,explain:`스크립트가 메시지를 찍고 15초 동안 잠듭니다. 파드는 Running입니다.`,predict:{question:`이 컨테이너가 종료되면 어떻게 될지 정하는 필드는?`,choices:[`spec.restartPolicy`,`terminationGracePeriodSeconds`,`imagePullPolicy`],answer:0,why:`파드의 restartPolicy(Always, OnFailure, Never)가 종료된 컨테이너를 다시 시작할지 정합니다.`}},{label:`Error, phase Failed`,explain:`exit 1로 컨테이너가 reason Error, 종료 코드 1로 Terminated됩니다. Never이므로 kubelet은 재시작하지 않고, 0이 아닌 종료 때문에 단계는 Failed가 됩니다.`,predict:{question:`파드의 단계는 무엇이 될까요?`,choices:[`Running`,`Failed`,`Pending`],answer:1,why:`Never에서 0이 아닌 종료는 최종 상태인 Failed입니다.`}},{label:`재시작 없음`,explain:`컨테이너는 딱 한 번 시작되었습니다. Failed는 마지막 단계라서 kubectl은 계속 Error를 보여 줍니다.`,predict:{question:`OnFailure였다면 결과가 달라졌을까요?`,choices:[`예, exit 1 뒤에 재시작한다`,`아니요`],answer:0,why:`OnFailure는 0이 아닌 종료를 (백오프를 두고) 재시작하고, 그동안 단계는 Running으로 유지됩니다.`}}],questions:[{question:`파드가 Failed로 끝나는 조합은?`,choices:[`Always + exit 1`,`OnFailure + exit 0`,`Never + exit 1`],answer:2,why:`실패한 컨테이너를 포기하는 것은 Never뿐입니다. Always와 OnFailure는 재시작합니다.`}]}}},i={id:`node-lost`,topic:`phases`,docs:[`nodes`,`taints`],yaml:`# A bare Pod (no controller) on node-2; node-2 stops reporting at 30 s.
apiVersion: v1
kind: Pod
metadata:
  name: lonely
spec:
  nodeName: node-2
  containers:
  - name: web
    image: nginx:1.27
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 8m
  nodes:
  - name: node-1
  - name: node-2
  actions:
  - at: 30s
    nodeDown: node-2
`,comments:{ko:{"A bare Pod (no controller) on node-2; node-2 stops reporting at 30 s.":`컨트롤러 없는 파드 하나가 node-2에 있고, node-2는 30초에 상태 보고를 멈춥니다.`}},moments:[{t:30,focus:{view:`nodemap`,kubectl:`watch`,pod:`lonely`},checks:[{kind:`row`,pod:`lonely`,at:30,status:`Running`,ready:`1/1`,phase:`Running`,node:`node-2`}]},{t:80,focus:{view:`nodemap`,kubectl:`events`},checks:[{kind:`event`,reason:`NodeNotReady`,object:`node-2`,message:`Node node-2 status is now: NodeNotReady`,first:[80,86]},{kind:`event`,reason:`NodeNotReady`,object:`lonely`,message:`Node is not ready`,first:[80,86]},{kind:`row`,pod:`lonely`,at:80,status:`Running`,ready:`1/1`,phase:`Running`}]},{t:380,focus:{view:`nodemap`,kubectl:`watch`,pod:`lonely`},checks:[{kind:`event`,reason:`TaintManagerEviction`,object:`lonely`,message:`Marking for deletion Pod default/lonely`,first:[380,387]},{kind:`row`,pod:`lonely`,at:380,status:`Terminating`,ready:`1/1`}]},{t:470,focus:{view:`timeline`,kubectl:`watch`,pod:`lonely`},checks:[{kind:`row`,pod:`lonely`,at:470,status:`Terminating`},{kind:`never`,pod:`*`,status:`Unknown`},{kind:`placement`,at:470,nodes:{"node-1":{"*":0}}}]}],text:{en:{title:`Unknown? A node stops reporting`,summary:`The Pod phase Unknown exists in the API, but today's Kubernetes does not show it when a node is lost. Watch what kubectl really prints when node-2 stops reporting at 30 s.`,watch:`The Pod's row in kubectl get pods -w, the NodeNotReady events and the node map.`,moments:[{label:`node-2 goes silent`,explain:`The kubelet on node-2 stops posting status. Nothing changes in the API yet: the control plane cannot tell a dead node from a slow one.`,predict:{question:`What does kubectl get pods show right after the node dies?`,choices:[`Running 1/1`,`Unknown`,`Terminating`],answer:0,why:`The Pod's status was written by the kubelet, which can no longer update it.`}},{label:`NodeNotReady after 50 s`,explain:`After the 50 s node-monitor grace period the node lifecycle controller sets node-2's Ready condition to Unknown (its kubelet stopped reporting; kubectl get nodes prints NotReady) and the Pod's Ready condition to False. kubectl still prints 1/1 Running: those columns come from the stale container statuses.`,predict:{question:`Does STATUS change to Unknown now?`,choices:[`Yes`,`No, it still says Running`],answer:1,why:`The phase Unknown is legacy: the controller only flips the Ready condition and emits NodeNotReady.`}},{label:`Evicted after 300 s`,explain:`Every Pod tolerates the unreachable taint for 300 s by default. Then the taint-eviction controller deletes it (TaintManagerEviction) and kubectl shows Terminating.`,predict:{question:`Will a new copy of this Pod start on node-1?`,choices:[`Yes, automatically`,`No, nothing owns it`],answer:1,why:`A bare Pod has no controller; only a Deployment or ReplicaSet would create a replacement.`}},{label:`Terminating forever`,explain:`The dead kubelet can never confirm the deletion, so the Pod stays Terminating. Older clusters showed Unknown here (reason NodeLost); the taint-based path does not.`,predict:{question:`What finally removes the Pod object?`,choices:[`The node coming back, or deleting the Node`,`The 30 s grace period`],answer:0,why:`A returning kubelet finishes the deletion; if the Node is deleted, PodGC removes its Pods.`}}],questions:[{question:`When does a current kubectl print Unknown in STATUS?`,choices:[`Whenever a node is NotReady`,`Only for a deleted Pod with reason NodeLost (old node controller)`,`After 300 s`],answer:1,why:`The printer shows Unknown only for NodeLost; the taint-based eviction used today leaves Terminating.`},{question:`How long after a node dies is a Pod evicted by default?`,choices:[`About 50 s`,`About 350 s`,`Never`],answer:1,why:`50 s to mark the node NotReady, then the default 300 s toleration.`}]},ko:{title:`Unknown? 노드가 응답을 멈출 때`,summary:`API에는 Unknown이라는 파드 단계가 있지만, 요즘 쿠버네티스는 노드를 잃어도 이를 보여 주지 않습니다. 30초에 node-2가 응답을 멈출 때 kubectl이 실제로 무엇을 출력하는지 보세요.`,watch:`kubectl get pods -w의 파드 행, NodeNotReady 이벤트, 노드 맵을 보세요.`,moments:[{label:`node-2 응답 중단`,explain:`node-2의 kubelet이 상태 보고를 멈춥니다. 아직 API에는 아무 변화가 없습니다. 컨트롤 플레인은 죽은 노드와 느린 노드를 바로 구분할 수 없기 때문입니다.`,predict:{question:`노드가 죽은 직후 kubectl get pods는 무엇을 보여 줄까요?`,choices:[`Running 1/1`,`Unknown`,`Terminating`],answer:0,why:`파드 status는 kubelet이 쓰는데, 그 kubelet이 더는 갱신할 수 없습니다.`}},{label:`50초 뒤 NodeNotReady`,explain:`노드 모니터 유예 기간 50초가 지나면 노드 라이프사이클 컨트롤러가 node-2의 Ready 컨디션을 Unknown으로 바꾸고(kubelet이 보고를 멈췄으므로; kubectl get nodes는 NotReady로 표시) 파드의 Ready 컨디션을 False로 바꿉니다. 그래도 kubectl은 1/1 Running을 보여 줍니다. 이 열들은 갱신되지 않은 컨테이너 상태에서 나오기 때문입니다.`,predict:{question:`이제 STATUS가 Unknown으로 바뀔까요?`,choices:[`예`,`아니요, 여전히 Running`],answer:1,why:`Unknown 단계는 옛 방식입니다. 컨트롤러는 Ready 컨디션만 바꾸고 NodeNotReady 이벤트를 남깁니다.`}},{label:`300초 뒤 축출`,explain:`모든 파드는 기본 톨러레이션으로 node.kubernetes.io/unreachable 테인트를 300초 동안 용인합니다. 그 뒤 테인트 축출 컨트롤러가 파드를 삭제하고(TaintManagerEviction), kubectl은 Terminating을 보여 줍니다.`,predict:{question:`이 파드의 새 사본이 node-1에서 시작될까요?`,choices:[`예, 자동으로`,`아니요, 관리하는 주체가 없다`],answer:1,why:`컨트롤러 없이 만든 파드는 대신 만들어 줄 주체가 없습니다. 디플로이먼트나 레플리카셋이 있어야 대체 파드가 생깁니다.`}},{label:`끝나지 않는 Terminating`,explain:`죽은 kubelet은 삭제를 확인해 줄 수 없으므로 파드는 계속 Terminating입니다. 예전 클러스터는 여기서 Unknown(reason NodeLost)을 보여 줬지만, 지금의 테인트 기반 축출은 그렇지 않습니다.`,predict:{question:`결국 파드 오브젝트를 없애는 것은?`,choices:[`노드 복귀 또는 노드 오브젝트 삭제`,`30초 유예 기간`],answer:0,why:`kubelet이 돌아오면 삭제를 마무리하고, 노드 오브젝트를 지우면 PodGC가 그 노드의 파드를 정리합니다.`}}],questions:[{question:`요즘 kubectl이 STATUS에 Unknown을 찍는 경우는?`,choices:[`노드가 NotReady일 때마다`,`reason이 NodeLost인 삭제 중 파드일 때만(옛 노드 컨트롤러)`,`300초 뒤`],answer:1,why:`프린터는 NodeLost일 때만 Unknown을 보여 줍니다. 지금 쓰는 테인트 기반 축출은 Terminating을 남깁니다.`},{question:`노드가 죽고 나서 파드가 기본적으로 축출되기까지 얼마나 걸릴까요?`,choices:[`약 50초`,`약 350초`,`축출되지 않는다`],answer:1,why:`노드를 NotReady로 표시하는 데 50초, 그다음 기본 톨러레이션 300초입니다.`}]}}},a={id:`container-states`,topic:`containerStates`,docs:[`containerStates`],yaml:`# One container through all three states: Waiting (pulling), Running, Terminated (exit 3), and back.
apiVersion: v1
kind: Pod
metadata:
  name: states
spec:
  restartPolicy: OnFailure
  containers:
  - name: app
    image: example.com/tool:1.0
    command: ["tool"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  images:
  - image: example.com/tool:1.0
    pullSeconds: 10
  behaviors:
  - image: example.com/tool:1.0
    exit: {after: 20s, code: 3}
`,comments:{ko:{"One container through all three states: Waiting (pulling), Running, Terminated (exit 3), and back.":`컨테이너 하나가 세 상태를 모두 거칩니다: Waiting(이미지 받는 중), Running, Terminated(exit 3), 그리고 다시 처음으로.`}},moments:[{t:1,focus:{kubectl:`watch`,pod:`states`},checks:[{kind:`row`,pod:`states`,at:1,status:`ContainerCreating`,ready:`0/1`,phase:`Pending`},{kind:`event`,reason:`Pulling`,object:`states`,message:`Pulling image "example.com/tool:1.0"`,first:[0,2]}]},{t:11,checks:[{kind:`row`,pod:`states`,at:11,status:`Running`,ready:`1/1`,restarts:`0`,phase:`Running`}]},{t:32,checks:[{kind:`row`,pod:`states`,at:32,status:`Error`,ready:`0/1`,restarts:`0`,phase:`Running`}]},{t:33,focus:{kubectl:`describe`,pod:`states`},checks:[{kind:`row`,pod:`states`,at:33,status:`Running`,ready:`1/1`,restarts:`1`}]},{t:63,focus:{kubectl:`describe`,pod:`states`},checks:[{kind:`row`,pod:`states`,at:63,status:`CrashLoopBackOff`,ready:`0/1`,restarts:`1`,phase:`Running`},{kind:`event`,reason:`BackOff`,object:`states`,first:[52,54]}]}],text:{en:{title:`Waiting, Running, Terminated`,summary:`One container walks through all three container states and their reasons: Waiting (ContainerCreating, later CrashLoopBackOff), Running, and Terminated (Error, exit code 3).`,watch:`The container lane on the timeline and STATUS in kubectl; the describe pod tab shows State and Last State.`,moments:[{label:`Waiting: ContainerCreating`,explain:`The image takes 10 s to pull. Until the container exists it is Waiting with reason ContainerCreating, and the Pod is Pending.`,predict:{question:`Which phase does the Pod have while its only container is Waiting?`,choices:[`Pending`,`Running`],answer:0,why:`A Pod is Running only once a container has started.`}},{label:`Running`,explain:`Pulled and started: state Running, with a startedAt time. The app will exit after 20 s.`,predict:{question:`What will kubectl show when the app exits with code 3?`,choices:[`Completed`,`Error`,`OOMKilled`],answer:1,why:`The runtime reports reason Error for any non-zero exit that is not an OOM kill.`}},{label:`Terminated: Error (exit 3)`,explain:`The container is Terminated, reason Error, exit code 3. restartPolicy OnFailure will start it again because the exit was not 0; the phase stays Running meanwhile.`,predict:{question:`How long until the first restart?`,choices:[`At once`,`10 s`,`300 s`],answer:0,why:`The first restart after an exit is immediate; the back-off only starts counting then.`}},{label:`Running again, RESTARTS 1`,explain:`Started again at once. The previous instance is now the container's lastState (Terminated, exit 3).`,predict:{question:`Where does kubectl describe show the exit code 3 now?`,choices:[`State`,`Last State`,`Nowhere`],answer:1,why:`The running instance is State; the one that exited is Last State.`}},{label:`Waiting: CrashLoopBackOff`,explain:`The second exit hits the 10 s back-off. kubectl first shows Error (the exited instance) and, at the kubelet's next sync, Waiting with reason CrashLoopBackOff until it may start the container again.`,predict:{question:`Is CrashLoopBackOff a container state?`,choices:[`Yes, a fourth state`,`No, a reason of the Waiting state`],answer:1,why:`There are only three states; CrashLoopBackOff, ContainerCreating and ImagePullBackOff are Waiting reasons.`}}],questions:[{question:`Which of these is a Terminated reason?`,choices:[`ContainerCreating`,`OOMKilled`,`CrashLoopBackOff`],answer:1,why:`OOMKilled, Error and Completed are Terminated reasons; the other two are Waiting reasons.`}]},ko:{title:`컨테이너 상태 세 가지: Waiting, Running, Terminated`,summary:`컨테이너 하나가 세 가지 상태와 그 reason을 모두 거칩니다. Waiting(ContainerCreating, 나중에 CrashLoopBackOff), Running, Terminated(Error, 종료 코드 3)입니다.`,watch:`타임라인의 컨테이너 레인과 kubectl의 STATUS를 보세요. kubectl describe pod 탭에서 State와 Last State도 확인할 수 있습니다.`,moments:[{label:`Waiting: ContainerCreating`,explain:`이미지를 받는 데 10초가 걸립니다. 컨테이너가 생기기 전까지는 reason ContainerCreating으로 Waiting이고, 파드는 Pending입니다.`,predict:{question:`하나뿐인 컨테이너가 Waiting이면 파드의 단계는?`,choices:[`Pending`,`Running`],answer:0,why:`컨테이너가 하나라도 시작되어야 파드가 Running이 됩니다.`}},{label:`Running`,explain:`이미지를 받고 시작되어 상태는 Running이고 startedAt 시간이 기록됩니다. 이 앱은 20초 뒤 종료합니다.`,predict:{question:`앱이 코드 3으로 종료하면 kubectl은 무엇을 보여 줄까요?`,choices:[`Completed`,`Error`,`OOMKilled`],answer:1,why:`OOM 강제 종료가 아닌 0이 아닌 종료에는 런타임이 reason Error를 붙입니다.`}},{label:`Terminated: Error (exit 3)`,explain:`컨테이너가 reason Error, 종료 코드 3으로 Terminated됩니다. 0이 아닌 종료이므로 restartPolicy OnFailure가 다시 시작하고, 그동안 단계는 Running으로 유지됩니다.`,predict:{question:`첫 재시작까지 얼마나 걸릴까요?`,choices:[`바로`,`10초`,`300초`],answer:0,why:`종료 뒤 첫 재시작은 바로 일어납니다. 백오프는 그때부터 세기 시작합니다.`}},{label:`다시 Running, RESTARTS 1`,explain:`바로 다시 시작되었습니다. 앞의 인스턴스는 이제 컨테이너의 lastState(Terminated, exit 3)입니다.`,predict:{question:`이제 kubectl describe에서 종료 코드 3은 어디에 보일까요?`,choices:[`State`,`Last State`,`어디에도 없다`],answer:1,why:`실행 중인 인스턴스가 State이고, 종료된 인스턴스는 Last State입니다.`}},{label:`Waiting: CrashLoopBackOff`,explain:`두 번째 종료에는 10초 백오프가 걸립니다. kubectl은 먼저 Error(종료된 인스턴스)를 보여 주고, kubelet의 다음 동기화부터 다시 시작할 수 있을 때까지 reason CrashLoopBackOff로 Waiting을 보여 줍니다.`,predict:{question:`CrashLoopBackOff는 컨테이너 상태일까요?`,choices:[`예, 네 번째 상태`,`아니요, Waiting 상태의 reason`],answer:1,why:`상태는 세 가지뿐입니다. CrashLoopBackOff, ContainerCreating, ImagePullBackOff는 Waiting의 reason입니다.`}}],questions:[{question:`다음 중 Terminated의 reason은?`,choices:[`ContainerCreating`,`OOMKilled`,`CrashLoopBackOff`],answer:1,why:`OOMKilled, Error, Completed가 Terminated의 reason이고, 나머지 둘은 Waiting의 reason입니다.`}]}}},o={id:`image-pull-backoff`,topic:`containerStates`,docs:[`imagePullBackOff`],yaml:`# A typo in the tag: nginx:1.161 does not exist, so the pull fails and backs off.
apiVersion: v1
kind: Pod
metadata:
  name: typo
spec:
  containers:
  - name: web
    image: nginx:1.161
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 3m
`,comments:{ko:{"A typo in the tag: nginx:1.161 does not exist, so the pull fails and backs off.":`태그의 오타: nginx:1.161은 없으므로 이미지 풀이 실패하고 백오프합니다.`}},moments:[{t:2,focus:{kubectl:`events`},checks:[{kind:`row`,pod:`typo`,at:2,status:`ErrImagePull`,ready:`0/1`,restarts:`0`,phase:`Pending`},{kind:`event`,reason:`Failed`,object:`typo`,message:{includes:`nginx:1.161: not found`},first:[1,3]}]},{t:12,focus:{kubectl:`events`},checks:[{kind:`row`,pod:`typo`,at:12,status:`ImagePullBackOff`},{kind:`event`,reason:`BackOff`,object:`typo`,message:`Back-off pulling image "nginx:1.161"`,first:[2,12]},{kind:`event`,reason:`Pulling`,object:`typo`,count:{min:2,max:2,before:12}}]},{t:33,focus:{kubectl:`events`},checks:[{kind:`event`,reason:`Pulling`,object:`typo`,count:{min:2,max:2,before:31}},{kind:`event`,reason:`Pulling`,object:`typo`,count:{min:3,max:3,before:33}}]},{t:154,focus:{kubectl:`events`},checks:[{kind:`event`,reason:`Pulling`,object:`typo`,count:{min:4,max:4,before:150}},{kind:`event`,reason:`Pulling`,object:`typo`,count:{min:5,max:5,before:154}},{kind:`row`,pod:`typo`,at:154,restarts:`0`,phase:`Pending`}]}],text:{en:{title:`ErrImagePull and ImagePullBackOff`,summary:`A typo in the tag (nginx:1.161) makes every pull fail. The container stays Waiting and the kubelet retries with its own back-off: 10 s, doubling up to 300 s.`,watch:`The Pulling events in get events: the gaps between pull attempts grow. STATUS alternates between ErrImagePull and ImagePullBackOff.`,moments:[{label:`ErrImagePull`,explain:`The registry answers not found. The container is Waiting with reason ErrImagePull; the Pod stays Pending because nothing ever started.`,predict:{question:`Does RESTARTS count failed pulls?`,choices:[`Yes`,`No`],answer:1,why:`RESTARTS counts container restarts; no container was created.`}},{label:`ImagePullBackOff, second attempt`,explain:`About 10 s after the first failure the kubelet pulls again (a second Pulling event). STATUS says ImagePullBackOff because the kubelet writes the status at the start of a sync, before that sync's pull: it lags one sync behind.`,predict:{question:`When is the third pull attempt?`,choices:[`About 20 s after the second`,`About 10 s after the second`,`After 300 s`],answer:0,why:`Each failure doubles the image-pull back-off: 10 s, then 20 s.`}},{label:`Third attempt, 20 s later`,explain:`The back-off doubled to 20 s. In between, the kubelet re-syncs the Pod every 10 s and only reports Back-off pulling image.`,predict:{question:`What gap comes after this one?`,choices:[`20 s again`,`About 40 s`,`About 80 s`],answer:1,why:`10, 20, 40, 80 … up to the 300 s cap.`}},{label:`Fifth attempt, 80 s later`,explain:`The waits grew 10, 20, 40, 80 s. A Pod with a wrong image never recovers by itself: fix the image and the next attempt succeeds.`,predict:{question:`What is the longest wait between pulls?`,choices:[`80 s`,`300 s`,`10 min`],answer:1,why:`The image-pull back-off is capped at 300 s, like the crash-loop back-off.`}}],questions:[{question:`ErrImagePull, ImagePullBackOff and CrashLoopBackOff are all …`,choices:[`Waiting reasons`,`Pod phases`,`Event types`],answer:0,why:`They are reasons of a container's Waiting state; the Pod phase here is Pending.`}]},ko:{title:`ErrImagePull과 ImagePullBackOff`,summary:`태그 오타(nginx:1.161) 때문에 이미지 풀이 매번 실패합니다. 컨테이너는 Waiting에 머물고, kubelet은 자체 백오프로 다시 시도합니다. 10초에서 시작해 300초까지 두 배씩 늘어납니다.`,watch:`kubectl get events의 Pulling 이벤트를 보세요. 풀 시도 사이 간격이 점점 늘어납니다. STATUS는 ErrImagePull과 ImagePullBackOff를 오갑니다.`,moments:[{label:`ErrImagePull`,explain:`레지스트리가 “not found”로 응답합니다. 컨테이너는 reason ErrImagePull로 Waiting이고, 아무것도 시작되지 않았으므로 파드는 Pending입니다.`,predict:{question:`RESTARTS는 실패한 풀도 셀까요?`,choices:[`예`,`아니요`],answer:1,why:`RESTARTS는 컨테이너 재시작 횟수입니다. 컨테이너는 만들어지지도 않았습니다.`}},{label:`ImagePullBackOff, 두 번째 시도`,explain:`첫 실패 후 약 10초 뒤 kubelet이 다시 풀합니다(두 번째 Pulling 이벤트). 그런데 STATUS는 ImagePullBackOff입니다. kubelet은 동기화를 시작할 때 status를 먼저 쓰고 그다음에 풀하므로, 화면이 한 번의 동기화만큼 늦습니다.`,predict:{question:`세 번째 풀 시도는 언제일까요?`,choices:[`두 번째 후 약 20초`,`두 번째 후 약 10초`,`300초 뒤`],answer:0,why:`실패할 때마다 이미지 풀 백오프가 두 배가 됩니다. 10초, 그다음 20초입니다.`}},{label:`20초 뒤 세 번째 시도`,explain:`백오프가 20초로 늘었습니다. 그 사이 kubelet은 10초마다 파드를 다시 동기화하지만 “Back-off pulling image”만 알립니다.`,predict:{question:`다음 간격은 얼마일까요?`,choices:[`다시 20초`,`약 40초`,`약 80초`],answer:1,why:`10, 20, 40, 80… 최대 300초입니다.`}},{label:`80초 뒤 다섯 번째 시도`,explain:`대기가 10, 20, 40, 80초로 늘었습니다. 이미지가 잘못된 파드는 저절로 낫지 않습니다. 이미지를 고치면 다음 시도에서 성공합니다.`,predict:{question:`풀 사이의 가장 긴 대기는?`,choices:[`80초`,`300초`,`10분`],answer:1,why:`이미지 풀 백오프도 크래시 루프 백오프처럼 300초가 상한입니다.`}}],questions:[{question:`ErrImagePull, ImagePullBackOff, CrashLoopBackOff는 모두 무엇일까요?`,choices:[`Waiting의 reason`,`파드 단계`,`이벤트 type`],answer:0,why:`모두 컨테이너 Waiting 상태의 reason입니다. 이때 파드 단계는 Pending입니다.`}]}}},s={id:`always-exit0`,topic:`restartPolicy`,docs:[`restarts`],yaml:`# restartPolicy Always restarts even a container that exits 0 (kubernetes.io termination example).
apiVersion: v1
kind: Pod
metadata:
  name: termination-demo
spec:
  containers:
  - name: termination-demo-container
    image: debian:12
    command: ["/bin/sh"]
    args: ["-c", "sleep 10 && echo Sleep expired > /dev/termination-log"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
`,comments:{ko:{"restartPolicy Always restarts even a container that exits 0 (kubernetes.io termination example).":`restartPolicy Always는 0으로 종료한 컨테이너도 재시작합니다(kubernetes.io의 종료 예제).`}},moments:[{t:13,checks:[{kind:`row`,pod:`termination-demo`,at:13,status:`Completed`,ready:`0/1`,restarts:`0`,phase:`Running`}]},{t:14,checks:[{kind:`row`,pod:`termination-demo`,at:14,status:`Running`,ready:`1/1`,restarts:`1`}]},{t:34,checks:[{kind:`row`,pod:`termination-demo`,at:34,status:`CrashLoopBackOff`,restarts:`1`,phase:`Running`},{kind:`event`,reason:`BackOff`,object:`termination-demo`,first:[23,25]}]}],text:{en:{title:`restartPolicy Always restarts exit 0`,summary:`The docs' termination example sleeps 10 s and exits 0. The default restartPolicy is Always, so even a successful exit is restarted, and repeated exits enter CrashLoopBackOff.`,watch:`STATUS Completed, then Running again with RESTARTS 1, then CrashLoopBackOff. The phase never leaves Running.`,moments:[{label:`Completed, but phase Running`,explain:`The container exited 0 (reason Completed). Under Always the Pod is not done: its phase stays Running because the kubelet will start the container again.`,predict:{question:`What happens next?`,choices:[`The Pod becomes Succeeded`,`The container is restarted`],answer:1,why:`Always restarts every exit, whatever the code.`}},{label:`Restarted at once`,explain:`The first restart is immediate; RESTARTS becomes 1. The app will exit 0 again 10 s later.`,predict:{question:`Will the second restart also be immediate?`,choices:[`Yes`,`No, it waits for the back-off`],answer:1,why:`The back-off entry now exists: the next restart waits 10 s after the exit.`}},{label:`CrashLoopBackOff after a clean exit`,explain:`The second exit waits out the 10 s back-off and kubectl shows CrashLoopBackOff, although nothing crashed. The name means 'restarting too often', not 'failed'.`,predict:{question:`Does a CrashLoopBackOff always mean a non-zero exit?`,choices:[`Yes`,`No`],answer:1,why:`Any repeated exit under Always, even 0, is subject to the same back-off.`}}],questions:[{question:`Which workload should run a command that finishes?`,choices:[`A bare Pod with restartPolicy Always`,`A Job (restartPolicy OnFailure or Never)`,`A Deployment`],answer:1,why:`Always is for servers; finishing work belongs in a Job, whose Pods use OnFailure or Never.`}]},ko:{title:`restartPolicy Always는 exit 0도 재시작한다`,summary:`문서의 termination 예제는 10초 잠든 뒤 0으로 종료합니다. 기본 restartPolicy가 Always라서 정상 종료도 재시작되고, 종료가 반복되면 CrashLoopBackOff가 됩니다.`,watch:`STATUS가 Completed, 다시 Running(RESTARTS 1), 그리고 CrashLoopBackOff로 바뀌는 것을 보세요. 단계는 계속 Running입니다.`,moments:[{label:`Completed인데 단계는 Running`,explain:`컨테이너가 0으로 종료했습니다(reason Completed). Always에서는 파드가 끝난 것이 아닙니다. kubelet이 컨테이너를 다시 시작할 것이므로 단계는 Running으로 유지됩니다.`,predict:{question:`다음에는 무슨 일이 일어날까요?`,choices:[`파드가 Succeeded가 된다`,`컨테이너가 재시작된다`],answer:1,why:`Always는 종료 코드와 상관없이 모든 종료를 재시작합니다.`}},{label:`바로 재시작`,explain:`첫 재시작은 바로 일어나고 RESTARTS가 1이 됩니다. 앱은 10초 뒤 다시 0으로 종료합니다.`,predict:{question:`두 번째 재시작도 바로 일어날까요?`,choices:[`예`,`아니요, 백오프를 기다린다`],answer:1,why:`이제 백오프 항목이 생겼으므로 다음 재시작은 종료 후 10초를 기다립니다.`}},{label:`정상 종료인데 CrashLoopBackOff`,explain:`두 번째 종료 뒤에는 10초 백오프를 기다리며, 아무것도 죽지 않았는데도 kubectl은 CrashLoopBackOff를 보여 줍니다. 이 이름은 '실패'가 아니라 '너무 자주 재시작 중'이라는 뜻입니다.`,predict:{question:`CrashLoopBackOff는 항상 0이 아닌 종료를 뜻할까요?`,choices:[`예`,`아니요`],answer:1,why:`Always에서는 0으로 끝나더라도 반복되는 종료에 같은 백오프가 적용됩니다.`}}],questions:[{question:`끝나는 명령을 실행하기에 알맞은 워크로드는?`,choices:[`restartPolicy Always인 단독 파드`,`Job(restartPolicy OnFailure 또는 Never)`,`디플로이먼트`],answer:1,why:`Always는 서버용입니다. 끝나는 작업은 OnFailure나 Never를 쓰는 잡(Job)의 몫입니다.`}]}}},c={id:`crash-loop-backoff`,topic:`backoff`,docs:[`restarts`],yaml:`# exit 1 under restartPolicy Always: restart at once, then wait 10, 20, 40 ... up to 300 s.
apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo starting; exit 1"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 15m
`,comments:{ko:{"exit 1 under restartPolicy Always: restart at once, then wait 10, 20, 40 ... up to 300 s.":`restartPolicy Always에서 exit 1: 바로 재시작한 뒤 10, 20, 40 ... 최대 300초를 기다립니다.`}},moments:[{t:3,checks:[{kind:`row`,pod:`crash`,at:2,status:`Error`,restarts:`0`},{kind:`row`,pod:`crash`,at:3,status:`Error`,restarts:`1`,phase:`Running`}]},{t:14,checks:[{kind:`row`,pod:`crash`,at:13,status:`CrashLoopBackOff`,restarts:`1`},{kind:`row`,pod:`crash`,at:14,restarts:`2`},{kind:`event`,reason:`BackOff`,object:`crash`,message:{matches:`^Back-off restarting failed container app in pod crash_default\\(`},first:[3,14]}]},{t:35,checks:[{kind:`row`,pod:`crash`,at:34,restarts:`2`},{kind:`row`,pod:`crash`,at:35,restarts:`3`}]},{t:157,checks:[{kind:`row`,pod:`crash`,at:156,status:`CrashLoopBackOff`,restarts:`4`},{kind:`row`,pod:`crash`,at:157,restarts:`5`}]},{t:619,checks:[{kind:`row`,pod:`crash`,at:617,restarts:`6`},{kind:`row`,pod:`crash`,at:619,restarts:`7`,phase:`Running`}]}],text:{en:{title:`CrashLoopBackOff: 10 s doubling to 300 s`,summary:`A container that exits 1 at once under restartPolicy Always. The kubelet restarts it immediately the first time, then waits 10, 20, 40, 80, 160 and at most 300 s after each exit.`,watch:`The RESTARTS column and the gaps between restarts on the timeline; each gap is twice the one before.`,moments:[{label:`First restart: immediate`,explain:`The first exit has no back-off yet: the kubelet starts the container again at once, and it exits again.`,predict:{question:`How long will the kubelet wait before the next restart?`,choices:[`0 s`,`10 s`,`300 s`],answer:1,why:`The first restart created the back-off entry with a 10 s delay.`}},{label:`10 s back-off`,explain:`STATUS shows CrashLoopBackOff while the container waits; restart 2 comes about 10 s after the exit. kubectl first shows Error, because the status is written before the sync that records the back-off.`,predict:{question:`What is the next wait?`,choices:[`10 s`,`20 s`,`60 s`],answer:1,why:`Each allowed restart doubles the delay.`}},{label:`20 s back-off`,explain:`Restart 3, about 20 s after the exit. The pattern is 10, 20, 40, 80, 160 s.`,predict:{question:`Which restart number waits 80 s?`,choices:[`4`,`5`,`6`],answer:1,why:`Restart 2 waits 10 s, 3 waits 20, 4 waits 40, 5 waits 80.`}},{label:`80 s back-off`,explain:`Restart 5 follows an 80 s wait (2m37s on the clock). The phase is still Running: under Always a crash-looping Pod never becomes Failed.`,predict:{question:`What is the longest wait?`,choices:[`320 s`,`300 s`,`It keeps doubling`],answer:1,why:`The crash-loop back-off is capped at 300 s (5 minutes).`}},{label:`Capped at 300 s`,explain:`After 160 s comes the cap: restart 7 follows a 300 s wait. From now on the container is retried every 5 minutes.`,predict:{question:`What would reset the delay to 10 s?`,choices:[`The container running for 10 minutes`,`Nothing`,`A BackOff event`],answer:0,why:`The kubelet forgets the back-off once a container has run for 10 minutes.`}}],questions:[{question:`A container exits 1 at t=0 for the first time. When does RESTARTS reach 3?`,choices:[`About 30 s`,`About 35 s`,`About 70 s`],answer:1,why:`0 s for the first restart, 10 s and 20 s for the next two, plus a second for each start.`}]},ko:{title:`CrashLoopBackOff: 10초부터 두 배씩, 최대 300초`,summary:`restartPolicy Always에서 곧바로 1로 종료하는 컨테이너입니다. kubelet은 처음에는 바로 재시작하고, 그다음부터는 종료할 때마다 10, 20, 40, 80, 160초, 최대 300초를 기다립니다.`,watch:`RESTARTS 열과 타임라인의 재시작 간격을 보세요. 간격이 매번 앞의 두 배로 늘어납니다.`,moments:[{label:`첫 재시작: 바로`,explain:`첫 종료에는 아직 백오프가 없어서 kubelet이 바로 다시 시작하고, 컨테이너는 또 바로 종료합니다.`,predict:{question:`다음 재시작 전에 kubelet은 얼마나 기다릴까요?`,choices:[`0초`,`10초`,`300초`],answer:1,why:`첫 재시작 때 지연 10초짜리 백오프 항목이 만들어졌습니다.`}},{label:`10초 백오프`,explain:`기다리는 동안 STATUS는 CrashLoopBackOff이고, 두 번째 재시작은 종료 후 약 10초 뒤입니다. kubectl이 처음에 Error를 보여 주는 것은 백오프를 기록하는 동기화보다 status를 먼저 쓰기 때문입니다.`,predict:{question:`다음 대기는 얼마일까요?`,choices:[`10초`,`20초`,`60초`],answer:1,why:`재시작이 허용될 때마다 지연이 두 배가 됩니다.`}},{label:`20초 백오프`,explain:`종료 후 약 20초 뒤 세 번째 재시작입니다. 규칙은 10, 20, 40, 80, 160초입니다.`,predict:{question:`80초를 기다리는 것은 몇 번째 재시작일까요?`,choices:[`4`,`5`,`6`],answer:1,why:`2번째는 10초, 3번째는 20초, 4번째는 40초, 5번째는 80초를 기다립니다.`}},{label:`80초 백오프`,explain:`다섯 번째 재시작은 80초를 기다린 뒤(시계로 2m37s) 일어납니다. 단계는 여전히 Running입니다. Always에서 크래시 루프에 빠진 파드는 Failed가 되지 않습니다.`,predict:{question:`가장 긴 대기는 얼마일까요?`,choices:[`320초`,`300초`,`계속 두 배로 늘어난다`],answer:1,why:`크래시 루프 백오프의 상한은 300초(5분)입니다.`}},{label:`상한 300초`,explain:`160초 다음은 상한입니다. 일곱 번째 재시작은 300초를 기다린 뒤 일어나고, 이제부터는 5분마다 다시 시도합니다.`,predict:{question:`지연을 다시 10초로 되돌리는 것은?`,choices:[`컨테이너가 10분 동안 실행되는 것`,`없다`,`BackOff 이벤트`],answer:0,why:`컨테이너가 10분 동안 실행되면 kubelet은 백오프를 잊습니다.`}}],questions:[{question:`컨테이너가 t=0에 처음 1로 종료합니다. RESTARTS가 3이 되는 때는?`,choices:[`약 30초`,`약 35초`,`약 70초`],answer:1,why:`첫 재시작은 0초, 다음 두 번은 10초와 20초를 기다리고, 시작할 때마다 1초 정도 더 걸립니다.`}]}}},l={id:`backoff-reset`,topic:`backoff`,docs:[`restarts`],yaml:`# Three quick crashes grow the back-off; after 10 min of running it is forgotten.
apiVersion: v1
kind: Pod
metadata:
  name: flaky
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 13m
  actions:
  - {at: 10s, crash: {pod: flaky, container: app, exitCode: 1}}
  - {at: 15s, crash: {pod: flaky, container: app, exitCode: 1}}
  - {at: 30s, crash: {pod: flaky, container: app, exitCode: 1}}
  - {at: 700s, crash: {pod: flaky, container: app, exitCode: 1}}
`,comments:{ko:{"Three quick crashes grow the back-off; after 10 min of running it is forgotten.":`빠른 크래시 세 번으로 백오프가 늘어나고, 10분 동안 실행되면 백오프가 초기화됩니다.`}},moments:[{t:12,checks:[{kind:`row`,pod:`flaky`,at:11,status:`Error`,restarts:`0`},{kind:`row`,pod:`flaky`,at:12,status:`Running`,restarts:`1`}]},{t:27,checks:[{kind:`row`,pod:`flaky`,at:26,status:`CrashLoopBackOff`,restarts:`1`},{kind:`row`,pod:`flaky`,at:27,status:`Running`,restarts:`2`}]},{t:52,checks:[{kind:`row`,pod:`flaky`,at:51,status:`CrashLoopBackOff`,restarts:`2`},{kind:`row`,pod:`flaky`,at:52,status:`Running`,restarts:`3`}]},{t:702,checks:[{kind:`row`,pod:`flaky`,at:701,status:`Error`,restarts:`3`},{kind:`row`,pod:`flaky`,at:702,status:`Running`,ready:`1/1`,restarts:`4`}]}],text:{en:{title:`The back-off forgets after 10 minutes`,summary:`Three quick crashes (scripted at 10 s, 15 s and 30 s) grow the back-off to 40 s. The container then runs for more than 10 minutes, so its next crash at 700 s is restarted at once.`,watch:`The waits after each crash: none, about 10 s, about 20 s, and then none again.`,moments:[{label:`Crash 1: immediate restart`,explain:`The first crash is restarted at once and creates the back-off entry (10 s).`,predict:{question:`The next crash comes 3 s after this restart. How long will the kubelet wait?`,choices:[`0 s`,`About 10 s`,`About 40 s`],answer:1,why:`The entry exists with 10 s, and the previous exit is not old enough.`}},{label:`Crash 2: about 10 s`,explain:`Crash at 15 s, CrashLoopBackOff, restart at 27 s: the 10 s wait plus the kubelet noticing the exit and starting the container.`,predict:{question:`And after crash 3 at 30 s?`,choices:[`About 10 s`,`About 20 s`,`About 80 s`],answer:1,why:`The delay doubled to 20 s with the last restart.`}},{label:`Crash 3: about 20 s`,explain:`Restart 3 at 52 s. The next delay would be 40 s, but the container now runs calmly until 700 s.`,predict:{question:`If it crashes after running 11 minutes, how long is the wait?`,choices:[`40 s`,`300 s`,`None`],answer:2,why:`A back-off entry older than 10 minutes has expired; the restart is treated like the first.`}},{label:`Crash 4 after 10+ minutes: immediate`,explain:`The crash at 700 s comes more than 600 s after the last restart, so the kubelet treats the back-off as expired: restarted at once, no CrashLoopBackOff.`,predict:{question:`What does 'the back-off resets' protect against?`,choices:[`Punishing a stable app for crashes long ago`,`Restarting too fast`],answer:0,why:`An app that ran well for 10 minutes gets a fresh start instead of a 5-minute wait.`}}],questions:[{question:`The reset happens when …`,choices:[`the container has run for about 10 minutes`,`the Pod is deleted`,`300 s have passed since the last crash`],answer:0,why:`The kubelet's back-off entry expires when the next exit comes more than 600 s after the last restart decision.`}]},ko:{title:`백오프는 10분 뒤 초기화된다`,summary:`빠른 크래시 세 번(10초, 15초, 30초에 스크립트로 발생)으로 백오프가 40초까지 늘어납니다. 그 뒤 컨테이너가 10분 넘게 실행되므로, 700초의 다음 크래시는 바로 재시작됩니다.`,watch:`크래시마다 기다리는 시간을 보세요. 없음, 약 10초, 약 20초, 그리고 다시 없음입니다.`,moments:[{label:`크래시 1: 바로 재시작`,explain:`첫 크래시는 바로 재시작되고 백오프 항목(10초)이 만들어집니다.`,predict:{question:`다음 크래시는 이 재시작 3초 뒤입니다. kubelet은 얼마나 기다릴까요?`,choices:[`0초`,`약 10초`,`약 40초`],answer:1,why:`10초짜리 항목이 있고, 이전 종료가 충분히 오래되지 않았습니다.`}},{label:`크래시 2: 약 10초`,explain:`15초에 크래시, CrashLoopBackOff, 그리고 27초에 재시작합니다. 10초 대기에 kubelet이 종료를 알아채고 컨테이너를 시작하는 시간이 더해집니다.`,predict:{question:`30초의 크래시 3 뒤에는?`,choices:[`약 10초`,`약 20초`,`약 80초`],answer:1,why:`지난 재시작에서 지연이 20초로 두 배가 되었습니다.`}},{label:`크래시 3: 약 20초`,explain:`52초에 세 번째 재시작입니다. 다음 지연은 40초가 될 차례지만, 컨테이너는 이제 700초까지 조용히 실행됩니다.`,predict:{question:`11분 동안 실행된 뒤 크래시하면 얼마나 기다릴까요?`,choices:[`40초`,`300초`,`기다리지 않는다`],answer:2,why:`10분보다 오래된 백오프 항목은 만료되어, 첫 재시작처럼 처리됩니다.`}},{label:`10분 넘게 실행 후 크래시 4: 바로`,explain:`700초의 크래시는 마지막 재시작보다 600초 넘게 지난 뒤라서 kubelet은 백오프가 만료된 것으로 봅니다. 바로 재시작되고 CrashLoopBackOff도 없습니다.`,predict:{question:`'백오프 초기화'는 무엇을 막아 줄까요?`,choices:[`오래전 크래시로 안정된 앱을 벌주는 것`,`너무 빠른 재시작`],answer:0,why:`10분 동안 잘 돌던 앱은 5분 대기 대신 새로 출발합니다.`}}],questions:[{question:`초기화가 일어나는 때는?`,choices:[`컨테이너가 약 10분 동안 실행되었을 때`,`파드를 삭제했을 때`,`마지막 크래시 후 300초가 지났을 때`],answer:0,why:`다음 종료가 마지막 재시작 결정보다 600초 넘게 뒤에 오면 kubelet의 백오프 항목이 만료됩니다.`}]}}},u={id:`liveness-exec`,topic:`probes`,docs:[`probes`],yaml:`# The docs' exec liveness probe: /tmp/healthy is removed after 30 s, so \`cat\` starts failing.
apiVersion: v1
kind: Pod
metadata:
  name: liveness-exec
spec:
  containers:
  - name: liveness
    image: registry.k8s.io/busybox:1.27.2
    args: ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/healthy"]
      initialDelaySeconds: 5
      periodSeconds: 5
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 3m
`,comments:{ko:{"The docs' exec liveness probe: /tmp/healthy is removed after 30 s, so `cat` starts failing.":"문서의 exec 활성 프로브: 30초 뒤 /tmp/healthy가 지워져 `cat`이 실패하기 시작합니다."}},moments:[{t:35,checks:[{kind:`event`,reason:`Unhealthy`,object:`liveness-exec`,message:{includes:`Liveness probe failed: cat: can't open '/tmp/healthy'`},first:[32,38]},{kind:`row`,pod:`liveness-exec`,at:35,status:`Running`,ready:`1/1`,restarts:`0`}]},{t:45,checks:[{kind:`event`,reason:`Killing`,object:`liveness-exec`,message:`Container liveness failed liveness probe, will be restarted`,first:[42,48]},{kind:`event`,reason:`Unhealthy`,object:`liveness-exec`,count:{min:3,max:3,before:45}},{kind:`row`,pod:`liveness-exec`,at:45,status:`Running`,ready:`1/1`,restarts:`0`}]},{t:76,checks:[{kind:`row`,pod:`liveness-exec`,at:74,status:`Running`,restarts:`0`},{kind:`row`,pod:`liveness-exec`,at:76,status:`Running`,ready:`1/1`,restarts:`1`}]}],text:{en:{title:`Liveness probe: exec`,summary:`The docs' exec liveness probe runs cat /tmp/healthy every 5 s. The script deletes the file after 30 s; three failures later the kubelet kills the container and starts a new one.`,watch:`The probe marks on the container lane, the Unhealthy events, and the long quiet gap before the restart.`,moments:[{label:`First failure`,explain:`The file is gone, cat exits 1 and its output becomes the Unhealthy event. One failure is not enough: failureThreshold is 3.`,predict:{question:`When will the kubelet kill the container?`,choices:[`Now`,`After the third failure, about 10 s later`,`Never`],answer:1,why:`failureThreshold defaults to 3 consecutive failures at periodSeconds 5.`}},{label:`Third failure: Killing`,explain:`Third failure in a row: the kubelet sends SIGTERM. STATUS still says Running 1/1; liveness does not touch readiness.`,predict:{question:`How long until the container is gone?`,choices:[`At once`,`About 30 s`],answer:1,why:`PID 1 is sh, which ignores SIGTERM; the kubelet waits the 30 s grace period and then sends SIGKILL.`}},{label:`Restarted after the grace period`,explain:`SIGKILL at the end of the 30 s grace (exit 137), and the same sync starts a new container: RESTARTS 1. The new one has /tmp/healthy again for 30 s.`,predict:{question:`Will this restart cycle repeat?`,choices:[`Yes, about every 70 s`,`No, liveness gives up`],answer:0,why:`Each new container deletes the file after 30 s again; liveness keeps killing it.`}}],questions:[{question:`Which signal ends a shell PID 1 that ignores SIGTERM?`,choices:[`SIGHUP`,`SIGKILL after terminationGracePeriodSeconds`,`None: it runs forever`],answer:1,why:`After the grace period the runtime sends SIGKILL, which cannot be ignored (exit 137).`}]},ko:{title:`활성 프로브: exec`,summary:`문서의 exec 활성 프로브는 5초마다 cat /tmp/healthy를 실행합니다. 스크립트가 30초 뒤 파일을 지우면, 세 번 실패한 뒤 kubelet이 컨테이너를 죽이고 새로 시작합니다.`,watch:`컨테이너 레인의 프로브 표시, Unhealthy 이벤트, 그리고 재시작 전의 긴 공백을 보세요.`,moments:[{label:`첫 실패`,explain:`파일이 없어 cat이 1로 종료하고, 그 출력이 Unhealthy 이벤트가 됩니다. 한 번 실패로는 부족합니다. failureThreshold는 3입니다.`,predict:{question:`kubelet은 언제 컨테이너를 죽일까요?`,choices:[`지금`,`세 번째 실패 뒤, 약 10초 후`,`죽이지 않는다`],answer:1,why:`periodSeconds 5에서 failureThreshold 기본값은 연속 3번 실패입니다.`}},{label:`세 번째 실패: Killing`,explain:`연속 세 번째 실패로 kubelet이 SIGTERM을 보냅니다. 활성 프로브는 준비 상태를 건드리지 않으므로 STATUS는 여전히 Running 1/1입니다.`,predict:{question:`컨테이너가 사라지기까지 얼마나 걸릴까요?`,choices:[`바로`,`약 30초`],answer:1,why:`PID 1이 SIGTERM을 무시하는 sh라서 kubelet은 30초 유예 기간을 기다린 뒤 SIGKILL을 보냅니다.`}},{label:`유예 기간 뒤 재시작`,explain:`30초 유예가 끝나면 SIGKILL(exit 137), 같은 동기화에서 새 컨테이너가 시작되어 RESTARTS는 1이 됩니다. 새 컨테이너는 다시 30초 동안 /tmp/healthy를 가집니다.`,predict:{question:`이 재시작 주기가 반복될까요?`,choices:[`예, 약 70초마다`,`아니요, 활성 프로브가 포기한다`],answer:0,why:`새 컨테이너도 30초 뒤 파일을 지우므로 활성 프로브가 계속 죽입니다.`}}],questions:[{question:`SIGTERM을 무시하는 셸 PID 1은 어떤 신호로 끝날까요?`,choices:[`SIGHUP`,`terminationGracePeriodSeconds 뒤의 SIGKILL`,`없다: 영원히 돈다`],answer:1,why:`유예 기간이 지나면 런타임이 무시할 수 없는 SIGKILL을 보냅니다(exit 137).`}]}}},d={id:`liveness-http`,topic:`probes`,docs:[`probes`],yaml:`# The docs' HTTP liveness probe: agnhost answers /healthz with 200 for 10 s, then 500.
apiVersion: v1
kind: Pod
metadata:
  name: liveness-http
spec:
  containers:
  - name: liveness
    image: registry.k8s.io/e2e-test-images/agnhost:2.40
    args: ["liveness"]
    livenessProbe:
      httpGet: {path: /healthz, port: 8080}
      initialDelaySeconds: 3
      periodSeconds: 3
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
`,comments:{ko:{"The docs' HTTP liveness probe: agnhost answers /healthz with 200 for 10 s, then 500.":`문서의 HTTP 활성 프로브: agnhost가 10초 동안 /healthz에 200, 그 뒤로는 500으로 응답합니다.`}},moments:[{t:15,focus:{kubectl:`events`},checks:[{kind:`event`,reason:`Unhealthy`,object:`liveness-http`,message:`Liveness probe failed: HTTP probe failed with statuscode: 500`,first:[13,17]},{kind:`row`,pod:`liveness-http`,at:15,status:`Running`,ready:`1/1`,restarts:`0`}]},{t:21,focus:{kubectl:`events`},checks:[{kind:`event`,reason:`Killing`,object:`liveness-http`,message:`Container liveness failed liveness probe, will be restarted`,first:[19,23]}]},{t:22,focus:{kubectl:`watch`},checks:[{kind:`row`,pod:`liveness-http`,at:22,status:`Running`,ready:`1/1`,restarts:`1`},{kind:`event`,reason:`BackOff`,object:`liveness-http`,count:{min:0,max:0,before:40}}]}],text:{en:{title:`Liveness probe: httpGet`,summary:`agnhost's liveness mode answers /healthz with 200 for 10 s, then 500. The probe (every 3 s, after a 3 s delay) fails three times and the kubelet restarts the container.`,watch:`Unhealthy events every 3 s, then Killing, and a restart that comes right away.`,moments:[{label:`500 from /healthz`,explain:`Any status outside 200–399 is a failure; the event says HTTP probe failed with statuscode: 500.`,predict:{question:`Would a 302 redirect count as a failure?`,choices:[`Yes`,`No, 200–399 is success`],answer:1,why:`httpGet succeeds for any code from 200 to 399.`}},{label:`Killing after 3 failures`,explain:`Failures at 3 s intervals reach failureThreshold 3. The kubelet kills the container.`,predict:{question:`Will the restart wait for a 30 s grace period like the exec example?`,choices:[`Yes`,`No, agnhost exits on SIGTERM`],answer:1,why:`agnhost is a Go program that exits promptly on SIGTERM; only processes that ignore it use the full grace period.`}},{label:`Restarted at once`,explain:`The container stopped within a moment and the first restart is immediate: RESTARTS 1. /healthz is healthy again for 10 s.`,predict:{question:`Does a liveness restart reset the probe's failure count?`,choices:[`Yes, the new container starts fresh`,`No`],answer:0,why:`The worker waits for the new container and starts counting again.`}}],questions:[{question:`Which answer makes an httpGet probe succeed?`,choices:[`Any answer`,`A status code from 200 to 399`,`Only 200`],answer:1,why:`2xx and 3xx succeed; everything else, and a refused connection, fails.`}]},ko:{title:`활성 프로브: httpGet`,summary:`agnhost의 liveness 모드는 /healthz에 10초 동안 200, 그 뒤로는 500으로 응답합니다. 3초 지연 뒤 3초마다 도는 프로브가 세 번 실패하면 kubelet이 컨테이너를 재시작합니다.`,watch:`3초마다 나오는 Unhealthy 이벤트, 그다음 Killing, 그리고 곧바로 이어지는 재시작을 보세요.`,moments:[{label:`/healthz가 500 응답`,explain:`200–399 밖의 상태 코드는 실패입니다. 이벤트에는 “HTTP probe failed with statuscode: 500”이라고 나옵니다.`,predict:{question:`302 리다이렉트는 실패로 칠까요?`,choices:[`예`,`아니요, 200–399는 성공`],answer:1,why:`httpGet은 200부터 399까지의 코드를 성공으로 봅니다.`}},{label:`3번 실패 뒤 Killing`,explain:`3초 간격의 실패가 failureThreshold 3에 닿아 kubelet이 컨테이너를 죽입니다.`,predict:{question:`exec 예제처럼 30초 유예 기간을 기다린 뒤 재시작할까요?`,choices:[`예`,`아니요, agnhost는 SIGTERM에 종료한다`],answer:1,why:`agnhost는 SIGTERM을 받으면 바로 끝나는 Go 프로그램입니다. 유예 기간을 다 쓰는 것은 SIGTERM을 무시하는 프로세스뿐입니다.`}},{label:`바로 재시작`,explain:`컨테이너가 곧바로 멈추고 첫 재시작은 즉시 일어나 RESTARTS가 1이 됩니다. /healthz는 다시 10초 동안 정상입니다.`,predict:{question:`활성 프로브가 일으킨 재시작은 프로브의 실패 횟수를 초기화할까요?`,choices:[`예, 새 컨테이너는 새로 센다`,`아니요`],answer:0,why:`워커는 새 컨테이너를 기다렸다가 처음부터 다시 셉니다.`}}],questions:[{question:`httpGet 프로브가 성공하는 응답은?`,choices:[`아무 응답`,`200부터 399까지의 상태 코드`,`200만`],answer:1,why:`2xx와 3xx는 성공이고, 그 밖의 코드와 연결 거부는 실패입니다.`}]}}},f={id:`readiness-tcp`,topic:`probes`,docs:[`probes`],yaml:`# The docs' TCP probes: goproxy listens on 8080; both probes wait 15 s before the first check.
apiVersion: v1
kind: Pod
metadata:
  name: goproxy
spec:
  containers:
  - name: goproxy
    image: registry.k8s.io/goproxy:0.1
    ports:
    - containerPort: 8080
    readinessProbe:
      tcpSocket: {port: 8080}
      initialDelaySeconds: 15
      periodSeconds: 10
    livenessProbe:
      tcpSocket: {port: 8080}
      initialDelaySeconds: 15
      periodSeconds: 10
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 1m
`,comments:{ko:{"The docs' TCP probes: goproxy listens on 8080; both probes wait 15 s before the first check.":`문서의 TCP 프로브: goproxy가 8080 포트에서 연결을 받고, 두 프로브 모두 첫 검사 전에 15초를 기다립니다.`}},moments:[{t:2,checks:[{kind:`row`,pod:`goproxy`,at:2,status:`Running`,ready:`0/1`,phase:`Running`}]},{t:22,checks:[{kind:`row`,pod:`goproxy`,at:21,ready:`0/1`},{kind:`row`,pod:`goproxy`,at:22,status:`Running`,ready:`1/1`}]},{t:60,checks:[{kind:`row`,pod:`goproxy`,at:60,status:`Running`,ready:`1/1`,restarts:`0`},{kind:`event`,reason:`Unhealthy`,object:`goproxy`,absent:!0}]}],text:{en:{title:`Readiness and liveness: tcpSocket`,summary:`The docs' goproxy Pod: both probes only open a TCP connection to port 8080, and both wait initialDelaySeconds 15 before the first check.`,watch:`READY stays 0/1 while STATUS is already Running, then flips to 1/1.`,moments:[{label:`Running but 0/1`,explain:`The container runs, but a readiness probe starts as failed: the Pod is not Ready until the first success.`,predict:{question:`Why is READY 0/1 although goproxy listens at once?`,choices:[`The probe has not run yet`,`The port is closed`],answer:0,why:`Readiness starts as Failure and the first check waits initialDelaySeconds 15.`}},{label:`Ready after the first check`,explain:`The first probe falls on the 10 s period tick after the 15 s delay. The port accepts the connection, so the Pod becomes Ready.`,predict:{question:`What does a tcpSocket probe check?`,choices:[`That the port accepts a connection`,`That the app answers HTTP 200`],answer:0,why:`A TCP probe only dials the port; any open socket succeeds.`}},{label:`Quiet and healthy`,explain:`No Unhealthy events and no restarts: successful probes leave no trace in the events.`,predict:{question:`Do successful probes produce events?`,choices:[`Yes, Healthy`,`No`],answer:1,why:`Only failures emit Unhealthy events; successes are silent.`}}],questions:[{question:`What does a readiness failure do?`,choices:[`Restarts the container`,`Takes the Pod out of Service endpoints`,`Deletes the Pod`],answer:1,why:`Readiness only affects Ready and Service endpoints; restarts are liveness's job.`}]},ko:{title:`준비성 프로브와 활성 프로브: tcpSocket`,summary:`문서의 goproxy 파드입니다. 두 프로브 모두 8080 포트에 TCP 연결만 열어 보고, 둘 다 initialDelaySeconds 15를 기다린 뒤 첫 검사를 합니다.`,watch:`STATUS는 이미 Running인데 READY는 0/1에 머물다가 1/1로 바뀌는 것을 보세요.`,moments:[{label:`Running인데 0/1`,explain:`컨테이너는 실행 중이지만 준비성 프로브는 실패 상태로 시작합니다. 첫 성공 전까지 파드는 Ready가 아닙니다.`,predict:{question:`goproxy가 바로 포트를 여는데도 READY가 0/1인 이유는?`,choices:[`프로브가 아직 실행되지 않았다`,`포트가 닫혀 있다`],answer:0,why:`준비성 프로브는 Failure에서 시작하고, 첫 검사는 initialDelaySeconds 15를 기다립니다.`}},{label:`첫 검사 뒤 Ready`,explain:`첫 프로브는 15초 지연 뒤 10초 주기의 틱에 맞춰 실행됩니다. 포트가 연결을 받아 주므로 파드가 Ready가 됩니다.`,predict:{question:`tcpSocket 프로브가 확인하는 것은?`,choices:[`포트가 연결을 받는지`,`앱이 HTTP 200으로 응답하는지`],answer:0,why:`TCP 프로브는 포트에 연결만 해 봅니다. 소켓이 열려 있으면 성공입니다.`}},{label:`조용하고 건강함`,explain:`Unhealthy 이벤트도 재시작도 없습니다. 성공한 프로브는 이벤트에 흔적을 남기지 않습니다.`,predict:{question:`성공한 프로브도 이벤트를 남길까요?`,choices:[`예, Healthy`,`아니요`],answer:1,why:`실패만 Unhealthy 이벤트를 남기고, 성공은 조용합니다.`}}],questions:[{question:`준비성 프로브 실패는 무엇을 할까요?`,choices:[`컨테이너를 재시작한다`,`파드를 서비스 엔드포인트에서 뺀다`,`파드를 삭제한다`],answer:1,why:`준비성 프로브는 Ready와 서비스 엔드포인트에만 영향을 줍니다. 재시작은 활성 프로브의 몫입니다.`}]}}},p={id:`grpc-liveness`,topic:`probes`,docs:[`probes`],yaml:`# gRPC health checking: etcd serves grpc.health.v1 on 2379; at 60 s it reports NOT_SERVING.
apiVersion: v1
kind: Pod
metadata:
  name: etcd-grpc
spec:
  containers:
  - name: etcd
    image: registry.k8s.io/etcd:3.5.1-0
    command: ["/usr/local/bin/etcd", "--listen-client-urls", "http://0.0.0.0:2379", "--advertise-client-urls", "http://127.0.0.1:2379"]
    ports:
    - containerPort: 2379
    livenessProbe:
      grpc: {port: 2379}
      initialDelaySeconds: 10
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  behaviors:
  - pod: etcd-grpc
    grpc:
    - port: 2379
      responses:
      - {after: 0s, status: SERVING}
      - {after: 60s, status: NOT_SERVING}
`,comments:{ko:{"gRPC health checking: etcd serves grpc.health.v1 on 2379; at 60 s it reports NOT_SERVING.":`gRPC 헬스 체크: etcd가 2379 포트에서 grpc.health.v1을 제공하고, 60초에 NOT_SERVING을 알립니다.`}},moments:[{t:4,checks:[{kind:`row`,pod:`etcd-grpc`,at:4,status:`Running`,ready:`1/1`,restarts:`0`}]},{t:70,focus:{kubectl:`events`},checks:[{kind:`event`,reason:`Unhealthy`,object:`etcd-grpc`,message:`Liveness probe failed: service unhealthy (responded with "NOT_SERVING")`,first:[64,74]},{kind:`row`,pod:`etcd-grpc`,at:70,status:`Running`,ready:`1/1`,restarts:`0`}]},{t:91,focus:{kubectl:`watch`},checks:[{kind:`event`,reason:`Killing`,object:`etcd-grpc`,message:`Container etcd failed liveness probe, will be restarted`,first:[86,94]},{kind:`row`,pod:`etcd-grpc`,at:91,status:`Running`,ready:`1/1`,restarts:`1`}]}],text:{en:{title:`Liveness probe: grpc`,summary:`etcd implements the standard gRPC health service on port 2379. The grpc probe calls Health/Check; only SERVING counts as success. Here etcd reports NOT_SERVING from 60 s after it starts.`,watch:`The Unhealthy events with NOT_SERVING, 10 s apart, and the restart after the third.`,moments:[{label:`Running 1/1`,explain:`With only a liveness probe, the Pod is Ready as soon as the container runs. Liveness starts after initialDelaySeconds 10, every 10 s (the default period).`,predict:{question:`Which answer makes a grpc probe succeed?`,choices:[`SERVING`,`Any reply`,`NOT_SERVING`],answer:0,why:`Only SERVING from grpc.health.v1 is a success.`}},{label:`NOT_SERVING`,explain:`The health service now answers NOT_SERVING; each check is one Unhealthy event.`,predict:{question:`How many more failures before the kill?`,choices:[`None`,`Two`,`Ten`],answer:1,why:`failureThreshold 3: two more checks, 10 s apart.`}},{label:`Restarted`,explain:`After three NOT_SERVING answers, about 20 s after the first, the kubelet kills etcd (it exits on SIGTERM) and starts it again: RESTARTS 1.`,predict:{question:`Does the grpc probe need the app to speak HTTP?`,choices:[`Yes`,`No, it uses gRPC health checking`],answer:1,why:`The kubelet calls grpc.health.v1.Health/Check directly (no TLS, numeric port).`}}],questions:[{question:`Which four probe mechanisms does Kubernetes offer?`,choices:[`exec, httpGet, tcpSocket, grpc`,`exec, ping, http, dns`,`httpGet, https, udp, grpc`],answer:0,why:`A probe has exactly one of exec, httpGet, tcpSocket or grpc.`}]},ko:{title:`활성 프로브: grpc`,summary:`etcd는 2379 포트에 표준 gRPC 헬스 서비스를 구현합니다. grpc 프로브는 Health/Check를 호출하고 SERVING만 성공으로 봅니다. 여기서 etcd는 시작 후 60초부터 NOT_SERVING을 응답합니다.`,watch:`10초 간격으로 나오는 NOT_SERVING Unhealthy 이벤트와, 세 번째 뒤의 재시작을 보세요.`,moments:[{label:`Running 1/1`,explain:`활성 프로브만 있으므로 컨테이너가 실행되면 바로 Ready입니다. 활성 프로브는 initialDelaySeconds 10 뒤 기본 주기인 10초마다 실행됩니다.`,predict:{question:`grpc 프로브가 성공하는 응답은?`,choices:[`SERVING`,`아무 응답`,`NOT_SERVING`],answer:0,why:`grpc.health.v1의 SERVING만 성공입니다.`}},{label:`NOT_SERVING`,explain:`헬스 서비스가 이제 NOT_SERVING을 응답하고, 검사마다 Unhealthy 이벤트가 하나씩 나옵니다.`,predict:{question:`죽이기 전까지 몇 번 더 실패해야 할까요?`,choices:[`없다`,`두 번`,`열 번`],answer:1,why:`failureThreshold 3이므로 10초 간격으로 두 번 더 검사합니다.`}},{label:`재시작`,explain:`첫 실패 후 약 20초, NOT_SERVING 응답이 세 번 쌓이자 kubelet이 etcd를 죽이고(SIGTERM에 바로 종료) 다시 시작합니다. RESTARTS는 1입니다.`,predict:{question:`grpc 프로브를 쓰려면 앱이 HTTP를 해야 할까요?`,choices:[`예`,`아니요, gRPC 헬스 체크를 쓴다`],answer:1,why:`kubelet이 grpc.health.v1.Health/Check를 직접 호출합니다(TLS 없음, 숫자 포트).`}}],questions:[{question:`쿠버네티스가 제공하는 네 가지 프로브 방식은?`,choices:[`exec, httpGet, tcpSocket, grpc`,`exec, ping, http, dns`,`httpGet, https, udp, grpc`],answer:0,why:`프로브는 exec, httpGet, tcpSocket, grpc 중 정확히 하나를 씁니다.`}]}}},m={id:`startup-probe`,topic:`probes`,docs:[`probes`],yaml:`# A slow app opens its port after 45 s. The startup probe allows 12 x 5 s = 60 s before liveness starts.
apiVersion: v1
kind: Pod
metadata:
  name: slow
spec:
  containers:
  - name: app
    image: example.com/slow:1.0
    ports:
    - containerPort: 8080
    startupProbe:
      httpGet: {path: /healthz, port: 8080}
      periodSeconds: 5
      failureThreshold: 12
    livenessProbe:
      httpGet: {path: /healthz, port: 8080}
      periodSeconds: 5
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  images:
  - {image: example.com/slow:1.0, present: true}
  behaviors:
  - image: example.com/slow:1.0
    listens:
    - {port: 8080, after: 45s}
`,variant:`# The same slow app without a startup probe: liveness starts at once and kills it before it opens its port.
apiVersion: v1
kind: Pod
metadata:
  name: slow
spec:
  containers:
  - name: app
    image: example.com/slow:1.0
    ports:
    - containerPort: 8080
    livenessProbe:
      httpGet: {path: /healthz, port: 8080}
      periodSeconds: 5
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  images:
  - {image: example.com/slow:1.0, present: true}
  behaviors:
  - image: example.com/slow:1.0
    listens:
    - {port: 8080, after: 45s}
`,comments:{ko:{"A slow app opens its port after 45 s. The startup probe allows 12 x 5 s = 60 s before liveness starts.":`느린 앱이 45초 뒤에 포트를 엽니다. 시작 프로브는 활성 프로브가 시작되기 전까지 12 x 5초 = 60초를 허용합니다.`,"The same slow app without a startup probe: liveness starts at once and kills it before it opens its port.":`시작 프로브가 없는 같은 느린 앱: 활성 프로브가 바로 시작해서 앱이 포트를 열기 전에 죽입니다.`}},moments:[{t:5,checks:[{kind:`event`,reason:`Unhealthy`,object:`slow`,message:{matches:`^Startup probe failed: Get "http://[0-9.]+:8080/healthz": dial tcp [0-9.]+:8080: connect: connection refused$`},first:[2,8]},{kind:`row`,pod:`slow`,at:5,status:`Running`,ready:`0/1`}]},{t:50,checks:[{kind:`event`,reason:`Unhealthy`,object:`slow`,count:{min:9,max:9,before:50}},{kind:`row`,pod:`slow`,at:49,ready:`0/1`},{kind:`row`,pod:`slow`,at:50,status:`Running`,ready:`1/1`,restarts:`0`}]},{t:120,checks:[{kind:`row`,pod:`slow`,at:120,status:`Running`,ready:`1/1`,restarts:`0`},{kind:`event`,reason:`Killing`,object:`slow`,absent:!0},{kind:`event`,reason:`Unhealthy`,object:`slow`,message:{matches:`^Liveness`},absent:!0}]}],text:{en:{title:`Startup probe and failureThreshold`,summary:`A slow app opens port 8080 only 45 s after it starts. A startup probe with periodSeconds 5 and failureThreshold 12 gives it 60 s; until then the liveness probe does not run.`,watch:`The Startup probe failed events every 5 s, READY turning 1/1 when the startup probe first succeeds, and no restart.`,moments:[{label:`Startup probe failing`,explain:`Connection refused: the app is still starting. Each failure is an Unhealthy event, but the budget is failureThreshold × periodSeconds = 60 s.`,predict:{question:`Does the liveness probe run now?`,choices:[`Yes`,`No, not until the startup probe succeeds`],answer:1,why:`Liveness and readiness wait for started=true.`}},{label:`Started: Ready 1/1`,explain:`After 9 failures the port is open and the startup probe succeeds at 50 s. The container counts as started; with no readiness probe it is Ready, and liveness takes over.`,predict:{question:`What if the app needed 70 s to open its port?`,choices:[`Same result, just later`,`Killed after 12 failures and restarted`],answer:1,why:`12 failures at 5 s is the whole budget; then the kubelet kills the container like a liveness failure.`}},{label:`No restart`,explain:`Liveness now checks every 5 s and passes. A liveness probe alone, without the startup probe, would have killed this app after 3 failures.`,predict:{question:`Why not just give liveness a long initialDelaySeconds?`,choices:[`It also delays detecting a hang later`,`It is not allowed`],answer:0,why:`initialDelaySeconds is fixed; a startup probe ends as soon as the app is up, so liveness can be strict afterwards.`}}],questions:[{question:`How long may a container take to start with startupProbe periodSeconds 10 and failureThreshold 30?`,choices:[`30 s`,`300 s`,`10 s`],answer:1,why:`failureThreshold × periodSeconds = 30 × 10 s = 300 s.`}]},ko:{title:`시작 프로브와 failureThreshold`,summary:`느린 앱이 시작하고 45초가 지나서야 8080 포트를 엽니다. periodSeconds 5, failureThreshold 12인 시작 프로브가 60초를 벌어 주고, 그 전까지 활성 프로브는 실행되지 않습니다.`,watch:`5초마다 나오는 “Startup probe failed” 이벤트, 시작 프로브가 처음 성공할 때 READY가 1/1로 바뀌는 것, 그리고 재시작이 없다는 점을 보세요.`,moments:[{label:`시작 프로브 실패 중`,explain:`“connection refused”: 앱이 아직 시작 중입니다. 실패할 때마다 Unhealthy 이벤트가 나오지만, 허용 시간은 failureThreshold × periodSeconds = 60초입니다.`,predict:{question:`지금 활성 프로브가 실행될까요?`,choices:[`예`,`아니요, 시작 프로브가 성공해야 한다`],answer:1,why:`활성 프로브와 준비성 프로브는 started=true가 될 때까지 기다립니다.`}},{label:`시작 완료: Ready 1/1`,explain:`9번 실패한 뒤 포트가 열려 50초에 시작 프로브가 성공합니다. 컨테이너는 시작된 것으로 보고, 준비성 프로브가 없으니 Ready가 되며, 이제 활성 프로브가 이어받습니다.`,predict:{question:`앱이 포트를 여는 데 70초가 필요했다면?`,choices:[`결과는 같고 조금 늦을 뿐`,`12번 실패 뒤 죽고 재시작된다`],answer:1,why:`5초 간격 12번이 허용 시간 전부입니다. 그 뒤 kubelet은 활성 프로브 실패처럼 컨테이너를 죽입니다.`}},{label:`재시작 없음`,explain:`이제 활성 프로브가 5초마다 검사하고 통과합니다. 시작 프로브 없이 활성 프로브만 있었다면 이 앱은 3번 실패 뒤 죽었을 것입니다.`,predict:{question:`활성 프로브에 긴 initialDelaySeconds를 주면 안 될까요?`,choices:[`나중에 멈춤을 알아채는 것도 늦어진다`,`허용되지 않는다`],answer:0,why:`initialDelaySeconds는 고정값입니다. 시작 프로브는 앱이 뜨자마자 끝나므로 그 뒤 활성 프로브를 엄격하게 둘 수 있습니다.`}}],questions:[{question:`startupProbe가 periodSeconds 10, failureThreshold 30이면 컨테이너는 시작하는 데 얼마까지 쓸 수 있을까요?`,choices:[`30초`,`300초`,`10초`],answer:1,why:`failureThreshold × periodSeconds = 30 × 10초 = 300초입니다.`}]}}},h={id:`init-wait-service`,topic:`init`,docs:[`initContainers`],yaml:`# The docs' init containers wait for Services that a scripted apply creates at 60 s.
apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
spec:
  initContainers:
  - name: init-myservice
    image: busybox:1.28
    command: ['sh', '-c', 'until nslookup myservice.default.svc.cluster.local; do echo waiting; sleep 2; done']
  - name: init-mydb
    image: busybox:1.28
    command: ['sh', '-c', 'until nslookup mydb.default.svc.cluster.local; do echo waiting; sleep 2; done']
  containers:
  - name: myapp-container
    image: busybox:1.28
    command: ['sh', '-c', 'echo The app is running! && sleep 3600']
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  actions:
  - at: 60s
    apply:
    - {apiVersion: v1, kind: Service, metadata: {name: myservice}, spec: {ports: [{port: 80, targetPort: 9376}]}}
    - {apiVersion: v1, kind: Service, metadata: {name: mydb}, spec: {ports: [{port: 80, targetPort: 9377}]}}
`,comments:{ko:{"The docs' init containers wait for Services that a scripted apply creates at 60 s.":`문서의 초기화 컨테이너들이 서비스를 기다립니다. 시나리오가 60초에 kubectl apply로 서비스를 만듭니다.`}},moments:[{t:2,checks:[{kind:`row`,pod:`myapp-pod`,at:2,status:`Init:0/2`,ready:`0/1`,phase:`Pending`}]},{t:59,checks:[{kind:`row`,pod:`myapp-pod`,at:59,status:`Init:0/2`,restarts:`0`,phase:`Pending`}]},{t:62,checks:[{kind:`row`,pod:`myapp-pod`,at:62,status:`Init:1/2`}]},{t:64,checks:[{kind:`row`,pod:`myapp-pod`,at:63,status:`PodInitializing`},{kind:`row`,pod:`myapp-pod`,at:64,status:`Running`,ready:`1/1`,phase:`Running`}]}],text:{en:{title:`Init containers wait for Services`,summary:`The docs' example: two init containers loop on nslookup until the Services myservice and mydb exist. A scripted apply creates both at 60 s; then the init containers finish in order and the app starts.`,watch:`STATUS Init:0/2 for a whole minute, then Init:1/2, PodInitializing, Running.`,moments:[{label:`Init:0/2`,explain:`init-myservice runs its until-loop: nslookup fails, sleep 2, again. The app container cannot start and the Pod is Pending.`,predict:{question:`Do the two init containers run at the same time?`,choices:[`Yes`,`No, one after the other`],answer:1,why:`Init containers run one at a time, each must exit 0 before the next starts.`}},{label:`Still waiting`,explain:`A minute in, nothing has changed and nothing restarted: the loop is not failing, it is waiting. Init:0/2 can last forever.`,predict:{question:`What will unblock the Pod?`,choices:[`A timeout`,`The Services being created`],answer:1,why:`The loop ends only when nslookup succeeds, that is, when the Service exists.`}},{label:`Init:1/2`,explain:`The Services appear at 60 s. init-myservice's next nslookup succeeds and it exits 0; init-mydb starts.`,predict:{question:`init-mydb's Service also exists now. How long will it take?`,choices:[`About a second`,`Another minute`],answer:0,why:`Its first nslookup already succeeds.`}},{label:`PodInitializing, then Running`,explain:`Both init containers completed; PodInitializing shows while the app container is being created, then the Pod is Running 1/1.`,predict:{question:`Are init containers counted in READY?`,choices:[`Yes`,`No`],answer:1,why:`READY counts regular containers (and started sidecars), not completed init containers.`}}],questions:[{question:`An init container exits 0. What runs next?`,choices:[`The next init container, or the app containers if it was the last`,`All init containers again`],answer:0,why:`Init containers run once each, in order; then the regular containers start.`}]},ko:{title:`서비스를 기다리는 초기화 컨테이너`,summary:`문서의 예제입니다. 초기화 컨테이너 두 개가 myservice와 mydb 서비스가 생길 때까지 nslookup을 반복합니다. 60초에 스크립트의 apply가 두 서비스를 만들면 초기화 컨테이너가 순서대로 끝나고 앱이 시작됩니다.`,watch:`STATUS가 1분 내내 Init:0/2였다가 Init:1/2, PodInitializing, Running으로 바뀌는 것을 보세요.`,moments:[{label:`Init:0/2`,explain:`init-myservice가 until 루프를 돕니다. nslookup 실패, sleep 2, 다시 시도. 앱 컨테이너는 시작할 수 없고 파드는 Pending입니다.`,predict:{question:`두 초기화 컨테이너가 동시에 실행될까요?`,choices:[`예`,`아니요, 하나씩 차례로`],answer:1,why:`초기화 컨테이너는 하나씩 실행되고, 각각 0으로 끝나야 다음 것이 시작됩니다.`}},{label:`계속 대기 중`,explain:`1분이 지나도 바뀐 것도 재시작도 없습니다. 루프는 실패하는 게 아니라 기다리는 중이라서, Init:0/2는 끝없이 이어질 수 있습니다.`,predict:{question:`무엇이 파드를 풀어 줄까요?`,choices:[`타임아웃`,`서비스 생성`],answer:1,why:`루프는 nslookup이 성공할 때, 즉 서비스가 생겨야 끝납니다.`}},{label:`Init:1/2`,explain:`60초에 서비스가 생깁니다. init-myservice의 다음 nslookup이 성공해 0으로 종료하고 init-mydb가 시작됩니다.`,predict:{question:`init-mydb의 서비스도 이미 있습니다. 얼마나 걸릴까요?`,choices:[`1초 정도`,`또 1분`],answer:0,why:`첫 nslookup부터 성공합니다.`}},{label:`PodInitializing, 그리고 Running`,explain:`두 초기화 컨테이너가 완료되었습니다. 앱 컨테이너를 만드는 동안 PodInitializing이 보이고, 그다음 파드는 Running 1/1이 됩니다.`,predict:{question:`초기화 컨테이너도 READY에 들어갈까요?`,choices:[`예`,`아니요`],answer:1,why:`READY는 일반 컨테이너(와 시작된 사이드카)만 셉니다. 완료된 초기화 컨테이너는 세지 않습니다.`}}],questions:[{question:`초기화 컨테이너가 0으로 종료하면 다음에 무엇이 실행될까요?`,choices:[`다음 초기화 컨테이너, 마지막이었다면 앱 컨테이너`,`모든 초기화 컨테이너를 다시`],answer:0,why:`초기화 컨테이너는 순서대로 한 번씩 실행되고, 그다음 일반 컨테이너가 시작됩니다.`}]}}},g={id:`init-fail`,topic:`init`,docs:[`initContainers`],yaml:`# An init container that exits 1: retried with back-off under Always, fatal under Never.
apiVersion: v1
kind: Pod
metadata:
  name: retry
spec:
  initContainers:
  - name: migrate
    image: busybox:1.36
    command: ["sh", "-c", "echo migrating; sleep 5; exit 1"]
  containers:
  - name: app
    image: nginx:1.27
---
apiVersion: v1
kind: Pod
metadata:
  name: give-up
spec:
  restartPolicy: Never
  initContainers:
  - name: migrate
    image: busybox:1.36
    command: ["sh", "-c", "echo migrating; sleep 5; exit 1"]
  containers:
  - name: app
    image: nginx:1.27
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
`,comments:{ko:{"An init container that exits 1: retried with back-off under Always, fatal under Never.":`1로 종료하는 초기화 컨테이너: Always에서는 백오프를 두고 다시 시도하고, Never에서는 파드가 실패합니다.`}},moments:[{t:7,checks:[{kind:`row`,pod:`retry`,at:7,status:`Init:Error`,restarts:`0`,phase:`Pending`}]},{t:8,checks:[{kind:`row`,pod:`give-up`,at:8,status:`Init:Error`,ready:`0/1`,restarts:`0`,phase:`Failed`},{kind:`row`,pod:`retry`,at:8,status:`Init:0/1`,restarts:`1`,phase:`Pending`}]},{t:23,checks:[{kind:`row`,pod:`retry`,at:23,status:`Init:CrashLoopBackOff`,restarts:`1`,phase:`Pending`},{kind:`event`,reason:`BackOff`,object:`retry`,message:{includes:`Back-off restarting failed container migrate`},first:[12,14]}]},{t:120,checks:[{kind:`event`,reason:`Started`,object:`*`,message:`Started container app`,absent:!0},{kind:`row`,pod:`give-up`,at:120,status:`Init:Error`,phase:`Failed`},{kind:`row`,pod:`retry`,at:120,status:{matches:`^Init:`},phase:`Pending`}]}],text:{en:{title:`A failing init container`,summary:`Two Pods with the same init container that exits 1 after 5 s. retry has the default restartPolicy Always: the init container is retried with back-off and the Pod stays Pending. give-up has restartPolicy Never: one failure fails the Pod.`,watch:`Both rows: Init:Error, then Init:0/1 and Init:CrashLoopBackOff for retry, and phase Failed for give-up.`,moments:[{label:`Init:Error`,explain:`migrate exited 1. kubectl prints Init: plus the terminated reason. The app container (nginx) has not started and never will until migrate succeeds.`,predict:{question:`Which Pod will try again?`,choices:[`retry (restartPolicy Always)`,`give-up (restartPolicy Never)`,`Both`],answer:0,why:`Init containers are retried under Always and OnFailure; under Never a failed init container fails the Pod.`}},{label:`give-up fails, retry retries`,explain:`give-up's phase becomes Failed at once. retry's init container starts again immediately (RESTARTS counts init restarts while the Pod is initializing).`,predict:{question:`Will give-up's nginx container ever run?`,choices:[`Yes, after a back-off`,`No`],answer:1,why:`A failed Pod is terminal; its regular containers never start.`}},{label:`Init:CrashLoopBackOff`,explain:`The second failure hits the same 10 s back-off as any container: STATUS Init:CrashLoopBackOff. The phase stays Pending.`,predict:{question:`Is the phase Running during this crash loop?`,choices:[`Yes`,`No, Pending`],answer:1,why:`The Pod is still initializing, so it is Pending; only a regular container crash loop keeps a Pod Running.`}},{label:`Two minutes later`,explain:`retry still loops through its init container with growing waits (10, 20, 40 s …); no app container ever started in either Pod.`,predict:{question:`How do you make retry start?`,choices:[`Fix the init container so it exits 0`,`Wait: it will give up and start the app`],answer:0,why:`App containers start only after every init container has succeeded.`}}],questions:[{question:`While an init container crash-loops under restartPolicy Always, the Pod phase is …`,choices:[`Running`,`Pending`,`Failed`],answer:1,why:`Initialization is not complete, so the phase is Pending.`}]},ko:{title:`실패하는 초기화 컨테이너`,summary:`5초 뒤 1로 종료하는 같은 초기화 컨테이너를 가진 파드 두 개입니다. retry는 기본 restartPolicy Always라서 초기화 컨테이너가 백오프를 두고 재시도되고 파드는 Pending에 머뭅니다. give-up은 restartPolicy Never라서 한 번 실패로 파드가 실패합니다.`,watch:`두 행을 보세요. retry는 Init:Error, Init:0/1, Init:CrashLoopBackOff를 오가고, give-up은 Failed 단계가 됩니다.`,moments:[{label:`Init:Error`,explain:`migrate가 1로 종료했습니다. kubectl은 Init: 뒤에 종료 reason을 붙여 보여 줍니다. 앱 컨테이너(nginx)는 migrate가 성공하기 전에는 절대 시작되지 않습니다.`,predict:{question:`다시 시도하는 파드는?`,choices:[`retry (restartPolicy Always)`,`give-up (restartPolicy Never)`,`둘 다`],answer:0,why:`초기화 컨테이너는 Always와 OnFailure에서 재시도됩니다. Never에서는 초기화 컨테이너가 실패하면 파드가 실패합니다.`}},{label:`give-up은 실패, retry는 재시도`,explain:`give-up의 단계는 바로 Failed가 됩니다. retry의 초기화 컨테이너는 즉시 다시 시작됩니다(초기화 중에는 RESTARTS에 초기화 컨테이너의 재시작도 들어갑니다).`,predict:{question:`give-up의 nginx 컨테이너가 언젠가 실행될까요?`,choices:[`예, 백오프 뒤에`,`아니요`],answer:1,why:`Failed 파드는 최종 상태라서 일반 컨테이너가 시작되지 않습니다.`}},{label:`Init:CrashLoopBackOff`,explain:`두 번째 실패에는 다른 컨테이너와 똑같은 10초 백오프가 걸려 STATUS가 Init:CrashLoopBackOff가 됩니다. 단계는 Pending으로 유지됩니다.`,predict:{question:`이 크래시 루프 동안 단계는 Running일까요?`,choices:[`예`,`아니요, Pending`],answer:1,why:`아직 초기화 중이므로 Pending입니다. 일반 컨테이너의 크래시 루프일 때만 파드가 Running으로 남습니다.`}},{label:`2분 뒤`,explain:`retry는 대기 시간이 늘어나며(10, 20, 40초…) 초기화 컨테이너를 계속 반복하고, 두 파드 모두 앱 컨테이너는 한 번도 시작되지 않았습니다.`,predict:{question:`retry를 시작시키려면?`,choices:[`초기화 컨테이너가 0으로 끝나도록 고친다`,`기다린다: 포기하고 앱을 시작한다`],answer:0,why:`앱 컨테이너는 모든 초기화 컨테이너가 성공한 뒤에만 시작됩니다.`}}],questions:[{question:`restartPolicy Always에서 초기화 컨테이너가 크래시 루프에 빠지면 파드 단계는?`,choices:[`Running`,`Pending`,`Failed`],answer:1,why:`초기화가 끝나지 않았으므로 단계는 Pending입니다.`}]}}},_={id:`sidecar-job`,topic:`sidecars`,docs:[`sidecars`,`jobs`],yaml:`# The docs' Job with a log-shipping sidecar: the sidecar starts first and is stopped last.
apiVersion: batch/v1
kind: Job
metadata:
  name: myjob
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - name: logshipper
        image: alpine:3.20
        restartPolicy: Always
        command: ['sh', '-c', 'tail -F /opt/logs.txt']
      containers:
      - name: myjob
        image: alpine:3.20
        command: ['sh', '-c', 'echo logging > /opt/logs.txt; sleep 20']
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 90s
`,comments:{ko:{"The docs' Job with a log-shipping sidecar: the sidecar starts first and is stopped last.":`로그를 보내는 사이드카가 있는 문서의 잡: 사이드카가 먼저 시작하고 마지막에 멈춥니다.`}},moments:[{t:2,checks:[{kind:`row`,pod:`myjob-*`,at:1,status:`Init:0/1`},{kind:`row`,pod:`myjob-*`,at:2,status:`PodInitializing`,ready:`1/2`,phase:`Pending`}]},{t:3,checks:[{kind:`row`,pod:`myjob-*`,at:3,status:`Running`,ready:`2/2`,phase:`Running`}]},{t:23,checks:[{kind:`row`,pod:`myjob-*`,at:23,status:`Completed`,ready:`1/2`,phase:`Running`},{kind:`event`,reason:`Killing`,object:`myjob-*`,message:`Stopping container logshipper`,first:[22,24]}]},{t:55,checks:[{kind:`row`,pod:`myjob-*`,at:52,phase:`Running`},{kind:`row`,pod:`myjob-*`,at:55,status:`Completed`,ready:`0/2`,restarts:`0`,phase:`Succeeded`},{kind:`event`,reason:`Completed`,object:`myjob`,message:`Job completed`,first:[53,56]}]}],text:{en:{title:`Sidecar containers`,summary:`The docs' Job with a log-shipping sidecar: an init container with restartPolicy Always. It starts before the main container, keeps running beside it, and is stopped only after the main container has finished.`,watch:`READY going 1/2 → 2/2 → 1/2 → 0/2, and the gap between the main container's exit and the Job's completion.`,moments:[{label:`Sidecar first`,explain:`logshipper is in initContainers, but with restartPolicy Always it does not need to exit: once it is running (started), the next container may start. READY already counts it: 1/2.`,predict:{question:`Would a normal init container running tail -F block the Pod?`,choices:[`Yes, forever`,`No`],answer:0,why:`A regular init container must exit 0 before the next starts; tail -F never exits.`}},{label:`Both running`,explain:`The main container starts a second later; READY 2/2 counts the sidecar and the main container.`,predict:{question:`If the sidecar crashed now, would it be restarted under the Pod's restartPolicy Never?`,choices:[`Yes`,`No`],answer:0,why:`Sidecars are restarted regardless of the Pod's restartPolicy.`}},{label:`Main done, sidecar stopping`,explain:`The main container exits 0 after 20 s: STATUS Completed while the phase is still Running. The kubelet now stops the sidecar with SIGTERM.`,predict:{question:`How long will stopping the sidecar take?`,choices:[`At once`,`About 30 s`],answer:1,why:`PID 1 is sh, which ignores SIGTERM, so the sidecar lives until SIGKILL at the end of the 30 s grace period.`}},{label:`Succeeded, Job complete`,explain:`About 30 s later the sidecar is killed (exit 137), which does not count as a failure: the Pod is Succeeded and the Job completes.`,predict:{question:`Does the sidecar's exit 137 make the Pod Failed?`,choices:[`Yes`,`No`],answer:1,why:`The phase is decided by the regular containers; sidecars do not block or fail Pod completion.`}}],questions:[{question:`What turns an init container into a sidecar?`,choices:[`restartPolicy: Always on the init container`,`A sidecar: true label`,`Putting it last in containers`],answer:0,why:`Since Kubernetes 1.29 (GA in 1.33) a container-level restartPolicy Always in initContainers makes a sidecar.`}]},ko:{title:`사이드카 컨테이너`,summary:`문서의 로그 전송 사이드카가 있는 잡(Job)입니다. restartPolicy Always를 둔 초기화 컨테이너가 사이드카입니다. 메인 컨테이너보다 먼저 시작해 옆에서 계속 돌고, 메인 컨테이너가 끝난 뒤에야 멈춥니다.`,watch:`READY가 1/2 → 2/2 → 1/2 → 0/2로 바뀌는 것과, 메인 컨테이너 종료와 잡 완료 사이의 간격을 보세요.`,moments:[{label:`사이드카 먼저`,explain:`logshipper는 initContainers에 있지만 restartPolicy Always라서 종료할 필요가 없습니다. 실행되어 시작됨(started) 상태가 되면 다음 컨테이너가 시작될 수 있습니다. READY에도 이미 들어가 1/2입니다.`,predict:{question:`tail -F를 실행하는 일반 초기화 컨테이너라면 파드를 막을까요?`,choices:[`예, 영원히`,`아니요`],answer:0,why:`일반 초기화 컨테이너는 0으로 끝나야 다음 것이 시작되는데, tail -F는 끝나지 않습니다.`}},{label:`둘 다 실행 중`,explain:`1초 뒤 메인 컨테이너가 시작되고, READY 2/2에는 사이드카와 메인 컨테이너가 모두 들어갑니다.`,predict:{question:`지금 사이드카가 죽으면, 파드의 restartPolicy가 Never여도 재시작될까요?`,choices:[`예`,`아니요`],answer:0,why:`사이드카는 파드의 restartPolicy와 상관없이 재시작됩니다.`}},{label:`메인 종료, 사이드카 정지 중`,explain:`메인 컨테이너가 20초 뒤 0으로 종료합니다. 단계는 아직 Running인데 STATUS는 Completed입니다. 이제 kubelet이 사이드카에 SIGTERM을 보냅니다.`,predict:{question:`사이드카를 멈추는 데 얼마나 걸릴까요?`,choices:[`바로`,`약 30초`],answer:1,why:`PID 1이 SIGTERM을 무시하는 sh라서, 사이드카는 30초 유예 기간 끝의 SIGKILL까지 살아 있습니다.`}},{label:`Succeeded, 잡 완료`,explain:`약 30초 뒤 사이드카가 강제 종료되지만(exit 137) 실패로 치지 않습니다. 파드는 Succeeded가 되고 잡이 완료됩니다.`,predict:{question:`사이드카의 exit 137 때문에 파드가 Failed가 될까요?`,choices:[`예`,`아니요`],answer:1,why:`단계는 일반 컨테이너가 정합니다. 사이드카는 파드 완료를 막거나 실패시키지 않습니다.`}}],questions:[{question:`초기화 컨테이너를 사이드카로 만드는 것은?`,choices:[`초기화 컨테이너에 restartPolicy: Always`,`sidecar=true 레이블`,`containers 맨 끝에 두기`],answer:0,why:`쿠버네티스 1.29부터(1.33에서 GA) initContainers 안의 컨테이너 수준 restartPolicy Always가 사이드카를 만듭니다.`}]}}},v={id:`lifecycle-hooks`,topic:`hooks`,docs:[`lifecycleHooks`,`termination`],yaml:`# postStart writes a file before the container counts as started; preStop drains for 10 s on delete.
apiVersion: v1
kind: Pod
metadata:
  name: hooks
spec:
  containers:
  - name: web
    image: nginx:1.27
    lifecycle:
      postStart:
        exec:
          command: ["sh", "-c", "sleep 5; echo hello > /usr/share/message"]
      preStop:
        exec:
          command: ["sh", "-c", "sleep 10; nginx -s quit"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 1m
  actions:
  - at: 30s
    delete: {pod: hooks}
`,comments:{ko:{"postStart writes a file before the container counts as started; preStop drains for 10 s on delete.":`postStart는 컨테이너가 시작된 것으로 치기 전에 파일을 쓰고, preStop은 삭제될 때 10초 동안 남은 요청을 마무리합니다.`}},moments:[{t:5,checks:[{kind:`event`,reason:`Started`,object:`hooks`,first:[2,4]},{kind:`row`,pod:`hooks`,at:5,status:`ContainerCreating`,ready:`0/1`,phase:`Pending`}]},{t:8,checks:[{kind:`row`,pod:`hooks`,at:8,status:`Running`,ready:`1/1`,phase:`Running`}]},{t:30,checks:[{kind:`row`,pod:`hooks`,at:30,status:`Terminating`,ready:`1/1`},{kind:`event`,reason:`Killing`,object:`hooks`,message:`Stopping container web`,first:[30,30.5]}]},{t:41,checks:[{kind:`row`,pod:`hooks`,at:39,status:`Terminating`},{kind:`deleted`,pod:`hooks`,within:[39,42]}]}],text:{en:{title:`postStart and preStop hooks`,summary:`nginx with a postStart hook that takes 5 s and a preStop hook that waits 10 s before asking nginx to quit. The Pod is deleted at 30 s.`,watch:`ContainerCreating lasting through the postStart hook, then Terminating for about 10 s after the delete.`,moments:[{label:`postStart running`,explain:`The container has started (Started event), but the kubelet runs postStart before it reports the container Running. STATUS stays ContainerCreating.`,predict:{question:`Does the postStart hook run before the container's ENTRYPOINT?`,choices:[`Yes`,`No, alongside it, after the start`],answer:1,why:`postStart runs right after the container is created and started; there is no ordering guarantee with the entrypoint.`}},{label:`Running after the hook`,explain:`The hook finished after 5 s; now the container is Running and Ready.`,predict:{question:`What if the postStart command exited 1?`,choices:[`The container is killed and restarted`,`Nothing`],answer:0,why:`A failed postStart hook (FailedPostStartHook) kills the container; restartPolicy decides what follows.`}},{label:`Delete: preStop first`,explain:`kubectl delete sets the deletion timestamp: STATUS Terminating. The kubelet runs preStop first; SIGTERM comes only after the hook returns, all within the 30 s grace period.`,predict:{question:`When does the Pod disappear?`,choices:[`At once`,`About 10 s later`,`After the full 30 s`],answer:1,why:`preStop sleeps 10 s, then nginx quits; the container exits well before the grace period ends.`}},{label:`Gone`,explain:`About 10 s after the delete nginx has quit and the Pod object is removed.`,predict:{question:`If preStop slept 40 s, what would happen?`,choices:[`The kubelet waits 40 s`,`The hook is cut off at 30 s; then SIGTERM, and SIGKILL 2 s later if the app is still running`],answer:1,why:`The grace period covers preStop and the stop. A hook that uses it up is abandoned, the container gets SIGTERM with a one-off 2 s extension, then SIGKILL (killContainer's minimum grace period).`}}],questions:[{question:`A preStop hook is a good place to …`,choices:[`stop accepting traffic and drain before SIGTERM`,`delay a Pod's start`],answer:0,why:`preStop runs before the stop signal, inside the grace period, so the app can finish in-flight work.`}]},ko:{title:`postStart와 preStop 훅`,summary:`5초가 걸리는 postStart 훅과, 10초 기다린 뒤 nginx에 종료를 요청하는 preStop 훅을 가진 nginx입니다. 30초에 파드를 삭제합니다.`,watch:`postStart 훅이 도는 동안 이어지는 ContainerCreating, 그리고 삭제 후 약 10초 동안의 Terminating을 보세요.`,moments:[{label:`postStart 실행 중`,explain:`컨테이너는 시작되었지만(Started 이벤트) kubelet은 postStart를 마친 뒤에야 컨테이너를 Running으로 알립니다. STATUS는 ContainerCreating에 머뭅니다.`,predict:{question:`postStart 훅은 컨테이너의 ENTRYPOINT보다 먼저 실행될까요?`,choices:[`예`,`아니요, 시작 뒤에 함께 실행된다`],answer:1,why:`postStart는 컨테이너가 만들어지고 시작된 직후 실행되며, 엔트리포인트와의 순서는 보장되지 않습니다.`}},{label:`훅이 끝난 뒤 Running`,explain:`5초 뒤 훅이 끝나고, 이제 컨테이너는 Running이며 Ready입니다.`,predict:{question:`postStart 명령이 1로 종료했다면?`,choices:[`컨테이너가 죽고 재시작된다`,`아무 일 없다`],answer:0,why:`postStart 훅이 실패하면(FailedPostStartHook) 컨테이너가 죽고, 그다음은 restartPolicy가 정합니다.`}},{label:`삭제: preStop 먼저`,explain:`kubectl delete가 삭제 시각을 기록해 STATUS가 Terminating이 됩니다. kubelet은 preStop을 먼저 실행하고, 훅이 끝난 뒤에야 SIGTERM을 보냅니다. 모두 30초 유예 기간 안의 일입니다.`,predict:{question:`파드는 언제 사라질까요?`,choices:[`바로`,`약 10초 뒤`,`30초를 다 채운 뒤`],answer:1,why:`preStop이 10초 잠든 뒤 nginx가 종료하므로 유예 기간이 끝나기 한참 전에 컨테이너가 끝납니다.`}},{label:`삭제 완료`,explain:`삭제 후 약 10초 뒤 nginx가 종료하고 파드 오브젝트가 사라집니다.`,predict:{question:`preStop이 40초 잠든다면?`,choices:[`kubelet이 40초를 기다린다`,`훅은 30초에서 끊기고, SIGTERM 뒤 앱이 그대로면 2초 뒤 SIGKILL`],answer:1,why:`유예 기간은 preStop과 종료를 모두 포함합니다. 유예 기간을 다 쓴 훅은 버려지고, 컨테이너는 SIGTERM과 함께 한 번만 2초를 더 받은 뒤 SIGKILL을 받습니다(killContainer의 최소 유예 기간).`}}],questions:[{question:`preStop 훅이 쓸모 있는 곳은?`,choices:[`SIGTERM 전에 트래픽을 끊고 정리(drain)하기`,`파드 시작 늦추기`],answer:0,why:`preStop은 유예 기간 안에서 종료 신호보다 먼저 실행되므로 앱이 처리 중인 일을 마칠 수 있습니다.`}]}}},y={id:`container-logs`,topic:`containerStates`,docs:[`logging`],yaml:`# What \`kubectl logs\` can read: an init container's output, the app's, a crashed instance's with
# --previous; and what it never shows: the postStart hook's output.
apiVersion: v1
kind: Pod
metadata:
  name: logs-demo
spec:
  volumes:
  - name: work
    emptyDir: {}
  initContainers:
  - name: setup
    image: busybox:1.36
    command: ["sh", "-c", "echo 'setup: writing the config'; echo 'mode=fast' > /work/app.conf; sleep 5; echo 'setup: done'"]
    volumeMounts: [{name: work, mountPath: /work}]
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo \\"app: started with $(cat /work/app.conf)\\"; sleep 15; echo 'app: lost the database connection' >&2; exit 1"]
    volumeMounts: [{name: work, mountPath: /work}]
    lifecycle:
      postStart:
        exec:
          command: ["sh", "-c", "echo 'postStart: warming the cache'"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 1m30s
`,comments:{ko:{"What `kubectl logs` can read: an init container's output, the app's, a crashed instance's with --previous; and what it never shows: the postStart hook's output.":"`kubectl logs`로 읽을 수 있는 것: 초기화 컨테이너의 출력, 앱의 출력, --previous로 크래시한 인스턴스의 출력.\n그리고 절대 보여 주지 않는 것: postStart 훅의 출력."}},moments:[{t:3,checks:[{kind:`row`,pod:`logs-demo`,at:3,status:`Init:0/1`,ready:`0/1`},{kind:`log`,pod:`logs-demo`,container:`setup`,at:3,text:{includes:`setup: writing the config`}},{kind:`log`,pod:`logs-demo`,container:`setup`,at:3,absent:!0,text:{includes:`setup: done`}}],focus:{kubectl:`logs`,pod:`logs-demo`,container:`setup`}},{t:12,checks:[{kind:`row`,pod:`logs-demo`,at:12,status:`Running`,ready:`1/1`,restarts:0},{kind:`log`,pod:`logs-demo`,container:`app`,at:12,text:{includes:`app: started with mode=fast`}},{kind:`log`,pod:`logs-demo`,container:`app`,at:12,absent:!0,text:{includes:`postStart`}}],focus:{kubectl:`logs`,pod:`logs-demo`,container:`app`}},{t:30,checks:[{kind:`row`,pod:`logs-demo`,at:30,status:`Running`,restarts:1},{kind:`container`,pod:`logs-demo`,container:`app`,at:30,state:`running`,restartCount:1,lastReason:`Error`,lastExitCode:1},{kind:`log`,pod:`logs-demo`,container:`app`,at:30,previous:!0,text:{includes:`app: lost the database connection`}},{kind:`log`,pod:`logs-demo`,container:`app`,at:30,absent:!0,text:{includes:`lost the database connection`}}],focus:{kubectl:`logs`,pod:`logs-demo`,container:`app`,previous:!0}}],text:{en:{title:`Reading a container's logs`,summary:`An init container writes a config and logs what it does; the app logs its start, then fails after 15 s with a message on stderr. A postStart hook also prints a line.`,watch:`The kubectl logs tab at each moment: which container it reads, what is there, and what never is.`,moments:[{label:`The init container's log`,explain:"The Pod is Init:0/1. `kubectl logs logs-demo -c setup` already shows the init container's first line: its log is readable while it runs and after it completes. The rest appears as it is written.",predict:{question:`Can you read an init container's log after the Pod is Running?`,choices:[`Yes, with -c setup`,`No, it is deleted when it completes`],answer:0,why:`The kubelet keeps a completed init container (and its log) while the Pod exists; only garbage collection after the Pod is gone removes it.`}},{label:`The app's log, without the hook`,explain:`The app is Running and its first line is in the log. The postStart hook also printed a line, but a hook's output never reaches the container log; the kubelet keeps it only in a FailedPostStartHook event when the hook fails.`,predict:{question:`Where would you see the postStart hook's output?`,choices:[`In kubectl logs`,`Nowhere, unless the hook fails (then in the event)`],answer:1,why:`Exec hooks run beside the main process; their output goes back to the kubelet, which reports it only for a failed hook.`}},{label:`--previous after a crash`,explain:"The app exited 1 and was restarted (RESTARTS 1). The new instance's log starts empty of the error; `kubectl logs --previous` reads the instance that died, its stderr line included.",predict:{question:"The container is in CrashLoopBackOff. What does plain `kubectl logs` show?",choices:[`Nothing: no container is running`,`The log of the instance that crashed`],answer:1,why:`While a container waits to restart, the kubelet reads its last terminated instance (lastState), so both plain and --previous show the crash.`}}],questions:[{question:"A Pod has two containers and you run `kubectl logs POD` without -c. What happens?",choices:[`An error: a container name is required`,`kubectl picks the first container and says "Defaulted container"`],answer:1,why:`kubectl defaults to the first container (or the kubectl.kubernetes.io/default-container annotation) and names the others on stderr.`}]},ko:{title:`컨테이너 로그 읽기`,summary:`초기화 컨테이너가 설정 파일을 쓰면서 하는 일을 로그로 남기고, 앱은 시작을 알린 뒤 15초 후 stderr에 메시지를 남기고 실패합니다. postStart 훅도 한 줄을 출력합니다.`,watch:`각 순간의 kubectl logs 탭을 보세요. 어느 컨테이너를 읽는지, 무엇이 있는지, 무엇이 끝내 없는지.`,moments:[{label:`초기화 컨테이너의 로그`,explain:"파드는 Init:0/1입니다. `kubectl logs logs-demo -c setup`에 초기화 컨테이너의 첫 줄이 벌써 보입니다. 로그는 실행 중에도, 끝난 뒤에도 읽을 수 있고, 나머지 줄은 쓰이는 대로 나타납니다.",predict:{question:`파드가 Running이 된 뒤에도 초기화 컨테이너의 로그를 읽을 수 있을까요?`,choices:[`예, -c setup으로`,`아니요, 끝나면 지워진다`],answer:0,why:`kubelet은 파드가 있는 동안 끝난 초기화 컨테이너와 그 로그를 남겨 둡니다. 파드가 사라진 뒤 가비지 컬렉션이 지웁니다.`}},{label:`훅 출력이 없는 앱 로그`,explain:`앱이 Running이고 첫 줄이 로그에 있습니다. postStart 훅도 한 줄을 출력했지만 훅의 출력은 컨테이너 로그에 들어가지 않습니다. 훅이 실패할 때만 kubelet이 FailedPostStartHook 이벤트에 담아 보여 줍니다.`,predict:{question:`postStart 훅의 출력은 어디서 볼 수 있을까요?`,choices:[`kubectl logs에서`,`훅이 실패할 때만 이벤트에서`],answer:1,why:`exec 훅은 메인 프로세스 옆에서 실행되고, 출력은 kubelet에게 돌아갑니다. kubelet은 훅이 실패했을 때만 그 출력을 알립니다.`}},{label:`크래시 뒤 --previous`,explain:"앱이 1로 종료하고 재시작되었습니다(RESTARTS 1). 새 인스턴스의 로그에는 오류가 없고, `kubectl logs --previous`가 죽은 인스턴스의 로그를 stderr 줄까지 보여 줍니다.",predict:{question:"컨테이너가 CrashLoopBackOff일 때 그냥 `kubectl logs`는 무엇을 보여 줄까요?",choices:[`아무것도: 실행 중인 컨테이너가 없다`,`크래시한 인스턴스의 로그`],answer:1,why:`재시작을 기다리는 동안 kubelet은 마지막으로 종료된 인스턴스(lastState)를 읽으므로, 그냥 실행해도 --previous와 같은 크래시 로그가 나옵니다.`}}],questions:[{question:"컨테이너가 둘인 파드에 -c 없이 `kubectl logs POD`를 실행하면?",choices:[`오류: 컨테이너 이름이 필요하다`,`kubectl이 첫 컨테이너를 고르고 "Defaulted container"라고 알린다`],answer:1,why:`kubectl은 첫 컨테이너(또는 kubectl.kubernetes.io/default-container 어노테이션)를 고르고, 나머지 컨테이너 이름을 stderr에 알려 줍니다.`}]}}},b={id:`readiness-service`,topic:`services`,docs:[`services`,`probes`],yaml:`# Two pods behind a Service. web-2's readiness probe fails from 30 s to 90 s; 2 successes bring it back.
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
  name: web-1
  labels: {app: web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    readinessProbe:
      httpGet: {path: /, port: 80}
      periodSeconds: 5
      successThreshold: 2
---
apiVersion: v1
kind: Pod
metadata:
  name: web-2
  labels: {app: web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    readinessProbe:
      httpGet: {path: /, port: 80}
      periodSeconds: 5
      successThreshold: 2
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  actions:
  - {at: 30s, probe: {pod: web-2, container: nginx, probe: readiness, outcome: fail}}
  - {at: 90s, probe: {pod: web-2, container: nginx, probe: readiness, outcome: pass}}
`,comments:{ko:{"Two pods behind a Service. web-2's readiness probe fails from 30 s to 90 s; 2 successes bring it back.":`서비스 뒤의 파드 두 개. web-2의 준비성 프로브가 30초부터 90초까지 실패하고, 두 번 성공하면 돌아옵니다.`}},moments:[{t:4,checks:[{kind:`row`,pod:`web-*`,at:4,status:`Running`,ready:`1/1`}]},{t:44,checks:[{kind:`event`,reason:`Unhealthy`,object:`web-2`,message:`Readiness probe failed: HTTP probe failed with statuscode: 500`,first:[30,35]},{kind:`row`,pod:`web-2`,at:43,ready:`1/1`},{kind:`row`,pod:`web-2`,at:44,status:`Running`,ready:`0/1`,restarts:`0`},{kind:`row`,pod:`web-1`,at:44,status:`Running`,ready:`1/1`}]},{t:99,checks:[{kind:`row`,pod:`web-2`,at:98,ready:`0/1`},{kind:`row`,pod:`web-2`,at:99,status:`Running`,ready:`1/1`,restarts:`0`},{kind:`event`,reason:`Killing`,absent:!0}]}],text:{en:{title:`Readiness takes a Pod out of a Service`,summary:`Two nginx Pods behind the Service web. web-2's readiness probe fails from 30 s to 90 s (a scripted action). It leaves the Service's endpoints after 3 failures and returns after 2 successes (successThreshold 2). It is never restarted.`,watch:`READY of web-2, and the Services panel: the endpoint list loses web-2 and gets it back.`,moments:[{label:`Both Ready, both serving`,explain:`Both Pods pass their readiness probe, so the EndpointSlice lists both as ready and the Service spreads traffic across them.`,predict:{question:`What decides which Pods a Service sends traffic to?`,choices:[`The selector and the Pods' Ready condition`,`Only the selector`],answer:0,why:`The endpoints controller lists the matching Pods and marks each ready or not.`}},{label:`web-2 unready after 3 failures`,explain:`web-2 fails at 5 s intervals; the third failure (failureThreshold 3) makes it 0/1 and the endpoints controller marks it not ready. The Service now sends everything to web-1.`,predict:{question:`Is web-2's container restarted?`,choices:[`Yes`,`No`],answer:1,why:`Readiness never restarts anything; the container keeps running and is probed again.`}},{label:`Back after 2 successes`,explain:`The probe passes again from 90 s; with successThreshold 2 it takes two successes, 5 s apart, before web-2 is Ready and back in the Service.`,predict:{question:`Why use successThreshold above 1?`,choices:[`To avoid flapping in and out of the Service`,`To restart faster`],answer:0,why:`Requiring several successes keeps a shaky Pod out until it is steadily healthy.`}}],questions:[{question:`A Pod's readiness probe fails for a minute. What happens?`,choices:[`It is restarted`,`It stops receiving Service traffic, then gets it back`,`It is deleted`],answer:1,why:`Readiness controls membership in the Service endpoints, nothing else.`}]},ko:{title:`준비성 프로브가 파드를 서비스에서 뺀다`,summary:`web 서비스 뒤에 nginx 파드 두 개가 있습니다. web-2의 준비성 프로브가 30초부터 90초까지 실패합니다(스크립트 동작). 3번 실패하면 서비스 엔드포인트에서 빠지고, 2번 성공하면(successThreshold 2) 돌아옵니다. 재시작은 한 번도 없습니다.`,watch:`web-2의 READY와 서비스 패널을 보세요. 엔드포인트 목록에서 web-2가 빠졌다가 돌아옵니다.`,moments:[{label:`둘 다 Ready, 둘 다 서비스 중`,explain:`두 파드 모두 준비성 프로브를 통과하므로 엔드포인트슬라이스가 둘 다 준비됨(ready)으로 올리고, 서비스는 트래픽을 두 파드에 나눕니다.`,predict:{question:`서비스가 어느 파드로 트래픽을 보낼지 정하는 것은?`,choices:[`셀렉터와 파드의 Ready 컨디션`,`셀렉터만`],answer:0,why:`엔드포인트 컨트롤러가 셀렉터에 맞는 파드를 나열하고 각각 준비 여부를 표시합니다.`}},{label:`3번 실패 뒤 web-2 준비되지 않음`,explain:`web-2가 5초 간격으로 실패하고, 세 번째 실패(failureThreshold 3)에서 0/1이 되며 엔드포인트 컨트롤러가 준비되지 않음으로 표시합니다. 이제 서비스는 모든 트래픽을 web-1로 보냅니다.`,predict:{question:`web-2의 컨테이너는 재시작될까요?`,choices:[`예`,`아니요`],answer:1,why:`준비성 프로브는 아무것도 재시작하지 않습니다. 컨테이너는 계속 돌고 프로브도 계속 받습니다.`}},{label:`2번 성공 뒤 복귀`,explain:`90초부터 프로브가 다시 통과합니다. successThreshold 2라서 5초 간격으로 두 번 성공해야 web-2가 Ready가 되어 서비스로 돌아옵니다.`,predict:{question:`successThreshold를 1보다 크게 두는 이유는?`,choices:[`서비스에 들락날락하는 것(flapping)을 막으려고`,`더 빨리 재시작하려고`],answer:0,why:`여러 번 성공을 요구하면 불안정한 파드가 꾸준히 건강해질 때까지 빠져 있습니다.`}}],questions:[{question:`파드의 준비성 프로브가 1분 동안 실패하면?`,choices:[`재시작된다`,`서비스 트래픽을 못 받다가 다시 받는다`,`삭제된다`],answer:1,why:`준비성 프로브는 서비스 엔드포인트에 들어가는지만 정하고, 다른 것은 하지 않습니다.`}]}}},x={id:`limitrange-defaults`,topic:`resources`,docs:[`limitRange`,`memoryLimit`],yaml:`# A LimitRange gives containers without resources a 128Mi limit; this app grows past it.
apiVersion: v1
kind: LimitRange
metadata:
  name: mem-defaults
spec:
  limits:
  - type: Container
    default: {memory: 128Mi}
    defaultRequest: {memory: 64Mi}
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
`,comments:{ko:{"A LimitRange gives containers without resources a 128Mi limit; this app grows past it.":`LimitRange가 resources 없는 컨테이너에 128Mi 제한을 주는데, 이 앱은 그보다 커집니다.`}},moments:[{t:2,focus:{kubectl:`describe`,pod:`cache`},checks:[{kind:`admitted`,objectKind:`Pod`,name:`cache`,fields:{"spec.containers.0.resources":{limits:{memory:`128Mi`},requests:{memory:`64Mi`}}}},{kind:`admitted`,objectKind:`Pod`,name:`cache`,fields:{"status.qosClass":`Burstable`}},{kind:`row`,pod:`cache`,at:2,status:`Running`,ready:`1/1`}]},{t:22,focus:{kubectl:`watch`},checks:[{kind:`row`,pod:`cache`,at:22,status:`OOMKilled`,ready:`0/1`,restarts:`0`,phase:`Running`}]},{t:53,focus:{kubectl:`watch`},checks:[{kind:`row`,pod:`cache`,at:43,status:`OOMKilled`,restarts:`1`},{kind:`row`,pod:`cache`,at:53,status:`CrashLoopBackOff`,restarts:`1`}]}],text:{en:{title:`LimitRange defaults`,summary:`The namespace has a LimitRange: containers without resources get a 128Mi memory limit and a 64Mi request. This Pod declares none, so admission fills them in, and the app, which grows to 200Mi, is OOM-killed.`,watch:`The admitted Pod's resources (describe pod: Limits and Requests), then OOMKilled about 20 s after each start.`,moments:[{label:`Defaults filled in`,explain:`The LimitRanger admission plugin set limits.memory 128Mi and requests.memory 64Mi on the container, and noted it in the kubernetes.io/limit-ranger annotation. The manifest itself had no resources.`,predict:{question:`Which QoS class does the Pod get?`,choices:[`BestEffort`,`Burstable`,`Guaranteed`],answer:1,why:`Requests (64Mi) below limits (128Mi) make it Burstable; without the LimitRange it would have been BestEffort.`}},{label:`OOMKilled at the default limit`,explain:`20 s after start the app uses 200Mi, above the 128Mi limit it never asked for. The kernel kills it: Terminated, reason OOMKilled, exit 137.`,predict:{question:`Would the same app survive in a namespace without a LimitRange?`,choices:[`Yes, it would have no limit`,`No`],answer:0,why:`Without a limit the container may use node memory until the node runs short.`}},{label:`Crash loop`,explain:`restartPolicy Always restarts it; the second OOM kill enters the 10 s back-off, CrashLoopBackOff.`,predict:{question:`Where would you fix this?`,choices:[`Set resources on the container (or raise the LimitRange default)`,`Increase the back-off`],answer:0,why:`The default is only for containers that declare nothing; an explicit limit that fits the app wins.`}}],questions:[{question:`When does a LimitRange default apply?`,choices:[`At admission, only to containers that did not set the value`,`Continuously to running Pods`,`Only to Deployments`],answer:0,why:`LimitRanger mutates Pods when they are created; existing Pods and explicit values are untouched.`}]},ko:{title:`LimitRange 기본값`,summary:`네임스페이스에 LimitRange가 있어서, resources가 없는 컨테이너는 메모리 제한 128Mi와 요청 64Mi를 받습니다. 이 파드는 아무것도 선언하지 않아 어드미션이 값을 채우고, 200Mi까지 늘어나는 앱은 OOM으로 죽습니다.`,watch:`승인된 파드의 resources(kubectl describe pod의 Limits와 Requests)를 보고, 시작할 때마다 약 20초 뒤 나오는 OOMKilled를 보세요.`,moments:[{label:`기본값이 채워짐`,explain:`LimitRanger 어드미션 플러그인이 컨테이너에 limits.memory 128Mi와 requests.memory 64Mi를 넣고 kubernetes.io/limit-ranger 어노테이션에 기록했습니다. 매니페스트에는 resources가 없었습니다.`,predict:{question:`파드의 QoS 클래스는?`,choices:[`BestEffort`,`Burstable`,`Guaranteed`],answer:1,why:`요청(64Mi)이 제한(128Mi)보다 작으므로 Burstable입니다. LimitRange가 없었다면 BestEffort였을 것입니다.`}},{label:`기본 제한에서 OOMKilled`,explain:`시작 20초 뒤 앱이 200Mi를 쓰는데, 요청한 적도 없는 128Mi 제한을 넘습니다. 커널이 프로세스를 죽여 reason OOMKilled, exit 137로 Terminated됩니다.`,predict:{question:`LimitRange가 없는 네임스페이스였다면 같은 앱이 살아남았을까요?`,choices:[`예, 제한이 없으니까`,`아니요`],answer:0,why:`제한이 없으면 컨테이너는 노드 메모리가 모자랄 때까지 쓸 수 있습니다.`}},{label:`크래시 루프`,explain:`restartPolicy Always가 재시작하고, 두 번째 OOM 종료부터는 10초 백오프, 즉 CrashLoopBackOff에 들어갑니다.`,predict:{question:`어디를 고쳐야 할까요?`,choices:[`컨테이너에 resources를 설정(또는 LimitRange 기본값 상향)`,`백오프를 늘린다`],answer:0,why:`기본값은 아무것도 선언하지 않은 컨테이너에만 적용됩니다. 앱에 맞는 제한을 직접 적으면 그것이 우선합니다.`}}],questions:[{question:`LimitRange 기본값은 언제 적용될까요?`,choices:[`어드미션 때, 값을 정하지 않은 컨테이너에만`,`실행 중인 파드에 계속`,`디플로이먼트에만`],answer:0,why:`LimitRanger는 파드가 생성될 때 값을 채웁니다. 기존 파드와 직접 적은 값은 건드리지 않습니다.`}]}}},S={id:`oomkilled`,topic:`resources`,docs:[`memoryLimit`],yaml:`# The docs' memory-demo-2: stress allocates 250M under a 100Mi limit.
apiVersion: v1
kind: Pod
metadata:
  name: memory-demo-2
spec:
  containers:
  - name: memory-demo-2-ctr
    image: polinux/stress
    resources:
      requests: {memory: 50Mi}
      limits: {memory: 100Mi}
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
`,comments:{ko:{"The docs' memory-demo-2: stress allocates 250M under a 100Mi limit.":`문서의 memory-demo-2: stress가 100Mi 제한 아래에서 250M을 할당합니다.`}},moments:[{t:2,checks:[{kind:`row`,pod:`memory-demo-2`,at:2,status:`OOMKilled`,ready:`0/1`,restarts:`0`,phase:`Running`}]},{t:3,checks:[{kind:`row`,pod:`memory-demo-2`,at:3,status:`OOMKilled`,restarts:`1`}]},{t:13,checks:[{kind:`row`,pod:`memory-demo-2`,at:13,status:`CrashLoopBackOff`,restarts:`1`},{kind:`sequence`,pod:`memory-demo-2`,statuses:[`OOMKilled`,`CrashLoopBackOff`,`OOMKilled`,`CrashLoopBackOff`],until:30}]},{t:35,checks:[{kind:`row`,pod:`memory-demo-2`,at:34,restarts:`2`},{kind:`row`,pod:`memory-demo-2`,at:35,status:`OOMKilled`,restarts:`3`}]}],text:{en:{title:`OOMKilled`,summary:`The docs' memory-demo-2: stress allocates 250M in a container limited to 100Mi. The kernel's OOM killer ends it within a second of every start, and the kubelet's crash-loop back-off spaces the restarts.`,watch:`STATUS OOMKilled (the terminated reason) alternating with CrashLoopBackOff, and RESTARTS.`,moments:[{label:`OOMKilled`,explain:`The allocation passes the 100Mi limit; the kernel kills the process. The container is Terminated with reason OOMKilled and exit code 137 (128 + SIGKILL).`,predict:{question:`Who kills the container?`,choices:[`The kubelet`,`The Linux kernel (cgroup OOM killer)`,`The scheduler`],answer:1,why:`The memory limit is a cgroup limit; the kernel enforces it. The kubelet only reports it.`}},{label:`Restarted at once, killed again`,explain:`The first restart is immediate, and the new process is OOM-killed at once too: RESTARTS 1, STATUS OOMKilled.`,predict:{question:`What will STATUS show next?`,choices:[`CrashLoopBackOff`,`Running`,`Failed`],answer:0,why:`The next restart waits for the 10 s back-off; meanwhile the container is Waiting with reason CrashLoopBackOff.`}},{label:`CrashLoopBackOff`,explain:`OOMKilled first, then CrashLoopBackOff: the termination reason shows until the next kubelet sync records the back-off.`,predict:{question:`Is the phase Failed now?`,choices:[`Yes`,`No, Running`],answer:1,why:`Under restartPolicy Always a crash-looping Pod stays Running.`}},{label:`Restart 3 after 20 s`,explain:`Restart 2 waited 10 s, restart 3 waits 20 s: the same doubling as any crash loop.`,predict:{question:`Does raising the memory request (not the limit) help?`,choices:[`Yes`,`No`],answer:1,why:`The request only affects scheduling; the limit is what the kernel enforces.`}}],questions:[{question:`Exit code 137 means …`,choices:[`the process got SIGKILL (128 + 9)`,`the image is missing`,`the probe failed`],answer:0,why:`Exit codes above 128 are 128 plus the signal number; 9 is SIGKILL, which the OOM killer sends.`}]},ko:{title:`OOMKilled: 메모리 제한 초과`,summary:`문서의 memory-demo-2입니다. stress가 100Mi로 제한된 컨테이너에서 250M을 할당합니다. 커널의 OOM 킬러가 시작할 때마다 1초 안에 프로세스를 죽이고, kubelet의 크래시 루프 백오프가 재시작 간격을 벌립니다.`,watch:`STATUS에서 OOMKilled(종료 reason)와 CrashLoopBackOff가 번갈아 나오는 것과 RESTARTS를 보세요.`,moments:[{label:`OOMKilled`,explain:`할당량이 100Mi 제한을 넘자 커널이 프로세스를 죽입니다. 컨테이너는 reason OOMKilled, 종료 코드 137(128 + SIGKILL)로 Terminated됩니다.`,predict:{question:`컨테이너를 죽이는 것은?`,choices:[`kubelet`,`리눅스 커널(cgroup OOM killer)`,`스케줄러`],answer:1,why:`메모리 제한은 cgroup 제한이고 커널이 강제합니다. kubelet은 결과를 보고할 뿐입니다.`}},{label:`바로 재시작, 또 죽음`,explain:`첫 재시작은 바로 일어나고, 새 프로세스도 곧장 OOM으로 죽습니다. RESTARTS 1, STATUS OOMKilled입니다.`,predict:{question:`다음에 STATUS는 무엇을 보여 줄까요?`,choices:[`CrashLoopBackOff`,`Running`,`Failed`],answer:0,why:`다음 재시작은 10초 백오프를 기다리고, 그동안 컨테이너는 reason CrashLoopBackOff로 Waiting입니다.`}},{label:`CrashLoopBackOff`,explain:`먼저 OOMKilled, 그다음 CrashLoopBackOff입니다. 다음 kubelet 동기화가 백오프를 기록할 때까지는 종료 reason이 보입니다.`,predict:{question:`이제 단계는 Failed일까요?`,choices:[`예`,`아니요, Running`],answer:1,why:`restartPolicy Always에서 크래시 루프에 빠진 파드는 Running으로 남습니다.`}},{label:`20초 뒤 세 번째 재시작`,explain:`두 번째 재시작은 10초, 세 번째는 20초를 기다립니다. 다른 크래시 루프와 똑같이 두 배씩 늘어납니다.`,predict:{question:`메모리 제한이 아니라 요청을 올리면 도움이 될까요?`,choices:[`예`,`아니요`],answer:1,why:`요청은 스케줄링에만 쓰이고, 커널이 강제하는 것은 제한입니다.`}}],questions:[{question:`종료 코드 137의 뜻은?`,choices:[`프로세스가 SIGKILL을 받았다(128 + 9)`,`이미지가 없다`,`프로브가 실패했다`],answer:0,why:`128보다 큰 종료 코드는 128에 신호 번호를 더한 값입니다. 9는 OOM 킬러가 보내는 SIGKILL입니다.`}]}}},C={id:`scheduler-spreading`,topic:`scheduling`,docs:[`topologySpread`,`scheduling`],yaml:`# Six replicas on three nodes: the scheduler spreads a ReplicaSet's pods by default.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 6
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        resources:
          requests: {cpu: 250m, memory: 128Mi}
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  nodes:
  - name: node-1
  - name: node-2
  - name: node-3
  actions:
  - at: 60s
    scale: {deployment: web, replicas: 9}
`,comments:{ko:{"Six replicas on three nodes: the scheduler spreads a ReplicaSet's pods by default.":`노드 세 개에 레플리카 여섯 개: 스케줄러는 기본으로 레플리카셋의 파드를 분산합니다.`}},moments:[{t:0,focus:{view:`nodemap`},checks:[{kind:`event`,reason:`Scheduled`,object:`web-*`,message:{matches:`to node-3$`},first:[0,1]},{kind:`placement`,at:0,nodes:{"node-1":{"web-*":2},"node-2":{"web-*":2},"node-3":{"web-*":2}}}]},{t:4,focus:{view:`nodemap`},checks:[{kind:`row`,pod:`web-*`,at:4,status:`Running`,ready:`1/1`}]},{t:62,focus:{view:`nodemap`},checks:[{kind:`event`,reason:`ScalingReplicaSet`,object:`web`,message:{matches:`from 6 to 9$`},first:[60,61]},{kind:`placement`,at:62,status:`Running`,nodes:{"node-1":{"web-*":3},"node-2":{"web-*":3},"node-3":{"web-*":3}}}]}],text:{en:{title:`The scheduler spreads replicas`,summary:`A Deployment of 6 replicas on three identical nodes, scaled to 9 at 60 s. The default scheduler usually puts the same number on each node: spreading is a score, not a rule.`,watch:`The node map: pods landing round the nodes. The Scheduled events name the node each Pod went to.`,moments:[{label:`Two per node`,explain:`For each Pod the scheduler filters the nodes that fit, then scores them. The default PodTopologySpread constraint scores a node lower the more Pods of the same ReplicaSet it already holds, and LeastAllocated prefers emptier nodes.`,predict:{question:`Would the pods spread without any topologySpreadConstraints in the manifest?`,choices:[`Yes, the scheduler spreads by default`,`No, they would pile onto node-1`],answer:0,why:`The default profile includes system default spreading by hostname and zone for Pods owned by a controller.`}},{label:`All Running`,explain:`Each kubelet pulled nginx and started its two Pods, about 3 s after the Deployment was applied.`,predict:{question:`Which component picked the node?`,choices:[`The kubelet`,`kube-scheduler`,`The ReplicaSet controller`],answer:1,why:`The ReplicaSet controller creates Pods without a node; the scheduler binds each one.`}},{label:`Scaled to 9: three per node`,explain:`kubectl scale at 60 s: the ReplicaSet creates 3 more Pods and the scheduler gives one to each node.`,predict:{question:`If node-3 were full, where would its share go?`,choices:[`To node-1 and node-2`,`Nowhere: the Pods stay Pending`],answer:0,why:`Spreading is a score, not a rule: a node that does not fit is filtered out and the Pods go to the others.`}}],questions:[{question:`Does the scheduler move running Pods to rebalance?`,choices:[`Yes, continuously`,`No, it only places new Pods`],answer:1,why:`Scheduling happens once per Pod; moving Pods needs an eviction (for example by the descheduler).`}]},ko:{title:`스케줄러는 레플리카를 분산한다`,summary:`레플리카 6개짜리 디플로이먼트를 똑같은 노드 세 개에 올리고, 60초에 9개로 늘립니다. 기본 스케줄러는 보통 각 노드에 같은 수를 배치합니다. 분산은 규칙이 아니라 점수입니다.`,watch:`노드 맵에서 파드가 노드마다 고르게 놓이는 것을 보세요. Scheduled 이벤트에는 파드가 간 노드가 나옵니다.`,moments:[{label:`노드마다 두 개`,explain:`스케줄러는 파드마다 들어갈 수 있는 노드를 거른(filter) 뒤 점수(score)를 매깁니다. 기본 PodTopologySpread 제약은 같은 레플리카셋의 파드가 많은 노드일수록 점수를 낮추고, LeastAllocated는 덜 찬 노드를 선호합니다.`,predict:{question:`매니페스트에 topologySpreadConstraints가 없어도 파드가 분산될까요?`,choices:[`예, 스케줄러가 기본으로 분산한다`,`아니요, node-1에 몰린다`],answer:0,why:`기본 프로파일에는 컨트롤러가 소유한 파드를 kubernetes.io/hostname과 topology.kubernetes.io/zone 기준으로 분산하는 시스템 기본 제약이 들어 있습니다.`}},{label:`모두 Running`,explain:`디플로이먼트를 적용하고 약 3초 뒤, 각 kubelet이 nginx를 받아 자기 노드의 파드 두 개를 시작했습니다.`,predict:{question:`노드를 고른 컴포넌트는?`,choices:[`kubelet`,`kube-scheduler`,`레플리카셋 컨트롤러`],answer:1,why:`레플리카셋 컨트롤러는 노드 없이 파드를 만들고, 스케줄러가 하나씩 바인딩합니다.`}},{label:`9개로 확장: 노드마다 세 개`,explain:`60초에 kubectl scale을 하면 레플리카셋이 파드 3개를 더 만들고, 스케줄러가 노드마다 하나씩 줍니다.`,predict:{question:`node-3이 꽉 찼다면 그 몫은 어디로 갈까요?`,choices:[`node-1과 node-2로`,`갈 곳이 없어 Pending`],answer:0,why:`분산은 규칙이 아니라 점수입니다. 들어갈 수 없는 노드는 걸러지고 파드는 나머지 노드로 갑니다.`}}],questions:[{question:`스케줄러가 균형을 맞추려고 실행 중인 파드를 옮길까요?`,choices:[`예, 계속`,`아니요, 새 파드만 배치한다`],answer:1,why:`스케줄링은 파드마다 한 번뿐입니다. 파드를 옮기려면 축출(예: 디스케줄러)이 필요합니다.`}]}}},w={id:`node-failure`,topic:`nodes`,docs:[`taints`,`deployments`],yaml:`# A Deployment's pods on two nodes; node-2 stops reporting at 30 s.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 8m
  nodes:
  - name: node-1
  - name: node-2
  actions:
  - at: 30s
    nodeDown: node-2
`,comments:{ko:{"A Deployment's pods on two nodes; node-2 stops reporting at 30 s.":`디플로이먼트의 파드가 두 노드에 있고, node-2는 30초에 상태 보고를 멈춥니다.`}},moments:[{t:3,focus:{view:`nodemap`},checks:[{kind:`placement`,at:3,status:`Running`,nodes:{"node-1":{"web-*":1},"node-2":{"web-*":1}}}]},{t:80,focus:{view:`nodemap`},checks:[{kind:`event`,reason:`NodeNotReady`,object:`node-2`,message:`Node node-2 status is now: NodeNotReady`,first:[80,86]},{kind:`placement`,at:80,status:`Running`,nodes:{"node-1":{"web-*":1},"node-2":{"web-*":1}}}]},{t:380,focus:{view:`nodemap`},checks:[{kind:`event`,reason:`TaintManagerEviction`,object:`web-*`,message:{matches:`^Marking for deletion Pod default/web-`},first:[380,387],count:{min:1,max:1,before:480}},{kind:`event`,reason:`SuccessfulCreate`,object:`web-*`,count:{min:3,max:3,before:381}},{kind:`placement`,at:380,status:`Terminating`,nodes:{"node-2":{"web-*":1}}}]},{t:383,focus:{view:`nodemap`},checks:[{kind:`placement`,at:383,status:`Running`,nodes:{"node-1":{"web-*":2},"node-2":{"web-*":0}}}]}],text:{en:{title:`Node failure: eviction and replacement`,summary:`A 2-replica Deployment, one Pod per node. node-2 stops reporting at 30 s. The control plane waits 50 s to call it NotReady and 300 s more before evicting its Pod; the ReplicaSet then replaces it on node-1.`,watch:`The node map (node-2 turning NotReady), the eviction at about 380 s, and the new Pod on node-1.`,moments:[{label:`One Pod per node`,explain:`Default spreading put one replica on each node.`,predict:{question:`node-2 dies at 30 s. When will the Deployment have 2 Running Pods again?`,choices:[`At once`,`After about 50 s`,`After about 350 s`],answer:2,why:`50 s to mark the node NotReady plus the default 300 s toleration before eviction.`}},{label:`NotReady after 50 s`,explain:`node-monitor-grace-period is 50 s. The Pod on node-2 gets Ready=False and leaves Service endpoints, but kubectl still shows it Running: nobody deletes it yet.`,predict:{question:`Why doesn't Kubernetes replace the Pod now?`,choices:[`The node might come back soon`,`It is a bug`],answer:0,why:`Pods tolerate node.kubernetes.io/unreachable for 300 s by default, to ride out short outages.`}},{label:`Evicted, replaced`,explain:`300 s after the taint, TaintManagerEviction deletes the Pod; it shows Terminating because node-2's kubelet cannot confirm. The ReplicaSet counts it as gone and creates a replacement at once.`,predict:{question:`Where can the replacement go?`,choices:[`node-1 only`,`node-1 or node-2`],answer:0,why:`node-2 carries the unreachable NoSchedule taint, so the scheduler filters it out.`}},{label:`Two Running on node-1`,explain:`The replacement is Running on node-1 a few seconds later. If node-2 returns, its old Pod is cleaned up, and nothing moves back.`,predict:{question:`Can you shorten the 300 s?`,choices:[`Yes, with tolerationSeconds on the Pod`,`No, it is fixed`],answer:0,why:`A toleration for node.kubernetes.io/unreachable with a smaller tolerationSeconds evicts sooner.`}}],questions:[{question:`Which objects does a dead node's Pod need to be replaced automatically?`,choices:[`A controller such as a ReplicaSet`,`Nothing: Kubernetes always replaces Pods`],answer:0,why:`Only a controller creates replacements; a bare Pod is just evicted (see the 'Unknown?' lesson).`}]},ko:{title:`노드 장애: 축출과 대체`,summary:`레플리카 2개짜리 디플로이먼트로, 노드마다 파드가 하나씩 있습니다. 30초에 node-2가 응답을 멈춥니다. 컨트롤 플레인은 50초를 기다려 NotReady로 판단하고, 다시 300초를 기다려 파드를 축출합니다. 그러면 레플리카셋이 node-1에 대체 파드를 만듭니다.`,watch:`노드 맵(node-2가 NotReady로 바뀜), 약 380초의 축출, 그리고 node-1의 새 파드를 보세요.`,moments:[{label:`노드마다 파드 하나`,explain:`기본 분산 때문에 각 노드에 레플리카가 하나씩 놓였습니다.`,predict:{question:`30초에 node-2가 죽습니다. 디플로이먼트의 Running 파드가 다시 2개가 되는 때는?`,choices:[`바로`,`약 50초 뒤`,`약 350초 뒤`],answer:2,why:`노드를 NotReady로 표시하는 데 50초, 축출 전 기본 톨러레이션 300초가 걸립니다.`}},{label:`50초 뒤 NotReady`,explain:`kube-controller-manager의 --node-monitor-grace-period는 50초입니다. node-2의 파드는 Ready=False가 되어 서비스 엔드포인트에서 빠지지만, kubectl에는 여전히 Running으로 보입니다. 아직 아무도 삭제하지 않았기 때문입니다.`,predict:{question:`쿠버네티스가 지금 바로 파드를 대체하지 않는 이유는?`,choices:[`노드가 곧 돌아올 수도 있어서`,`버그라서`],answer:0,why:`짧은 장애를 견디도록 파드는 기본으로 node.kubernetes.io/unreachable을 300초 동안 용인합니다.`}},{label:`축출과 대체`,explain:`테인트가 붙고 300초 뒤 TaintManagerEviction이 파드를 삭제합니다. node-2의 kubelet이 확인해 줄 수 없으니 Terminating으로 보입니다. 레플리카셋은 이 파드를 없어진 것으로 세고 바로 대체 파드를 만듭니다.`,predict:{question:`대체 파드는 어디로 갈 수 있을까요?`,choices:[`node-1만`,`node-1이나 node-2`],answer:0,why:`node-2에는 node.kubernetes.io/unreachable:NoSchedule 테인트가 있어 스케줄러가 걸러 냅니다.`}},{label:`node-1에 Running 두 개`,explain:`몇 초 뒤 대체 파드가 node-1에서 Running이 됩니다. node-2가 돌아오면 옛 파드는 정리되지만, 다시 옮겨 가는 파드는 없습니다.`,predict:{question:`300초를 줄일 수 있을까요?`,choices:[`예, 파드의 tolerationSeconds로`,`아니요, 고정값`],answer:0,why:`node.kubernetes.io/unreachable에 대한 톨러레이션에 더 작은 tolerationSeconds를 주면 더 빨리 축출됩니다.`}}],questions:[{question:`죽은 노드의 파드가 자동으로 대체되려면 무엇이 필요할까요?`,choices:[`레플리카셋 같은 컨트롤러`,`필요 없다: 쿠버네티스는 항상 대체한다`],answer:0,why:`대체 파드를 만드는 것은 컨트롤러뿐입니다. 단독 파드는 축출되기만 합니다('Unknown?' 레슨 참고).`}]}}},T={id:`descheduler`,topic:`scheduling`,docs:[`descheduler`,`taints`],yaml:`# node-2 fails and returns; a rolling update of a then lands both new pods on node-2.
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
`,comments:{ko:{"node-2 fails and returns; a rolling update of a then lands both new pods on node-2.":`node-2가 멈췄다가 돌아옵니다. 그 뒤 디플로이먼트 a의 롤링 업데이트가 새 파드 둘을 모두 node-2에 놓습니다.`}},moments:[{t:4,focus:{view:`nodemap`},checks:[{kind:`placement`,at:4,status:`Running`,nodes:{"node-1":{"a-*":1,"b-*":1},"node-2":{"a-*":1,"b-*":1}}}]},{t:383,focus:{view:`nodemap`},checks:[{kind:`event`,reason:`TaintManagerEviction`,object:`*`,first:[380,387],count:{min:2,max:2,before:600}},{kind:`placement`,at:383,status:`Running`,nodes:{"node-1":{"a-*":2,"b-*":2}}}]},{t:440,focus:{view:`nodemap`},checks:[{kind:`event`,reason:`NodeReady`,object:`node-2`,first:[400,406]},{kind:`placement`,at:440,nodes:{"node-1":{"a-*":2,"b-*":2},"node-2":{"a-*":0,"b-*":0}}}]},{t:455,focus:{view:`nodemap`},checks:[{kind:`order`,events:[{reason:`ScalingReplicaSet`,object:`a`,message:{matches:`^Scaled up replica set a-\\w+ from 0 to 1$`}},{reason:`ScalingReplicaSet`,object:`a`,message:{matches:`^Scaled down replica set a-\\w+ from 2 to 1$`}},{reason:`ScalingReplicaSet`,object:`a`,message:{matches:`^Scaled down replica set a-\\w+ from 1 to 0$`}}]},{kind:`placement`,at:455,status:`Running`,nodes:{"node-1":{"a-*":0,"b-*":2},"node-2":{"a-*":2,"b-*":0}}}]},{t:545,focus:{view:`nodemap`},checks:[{kind:`event`,reason:`RemoveDuplicates`,object:`*`,message:{matches:`^pod eviction from node-[12] node by sigs.k8s.io/descheduler$`},first:[540,541],count:{min:2,max:2,before:600}},{kind:`placement`,at:545,status:`Running`,nodes:{"node-1":{"a-*":1,"b-*":1},"node-2":{"a-*":1,"b-*":1}}}]}],text:{en:{title:`Rolling-update imbalance and the descheduler`,summary:`Deployments a and b (2 replicas each, 500m/1Gi per Pod) on two 2-CPU, 4Gi nodes. node-2 fails and everything ends up on node-1; a rolling update of a then puts both new a Pods on node-2. Nothing rebalances until the descheduler's RemoveDuplicates runs.`,watch:`The node map at each moment: which node holds which a and b Pods.`,moments:[{label:`Balanced start`,explain:`Default spreading puts one a and one b on each node.`,predict:{question:`node-2 dies at 30 s. Where are the replacements placed?`,choices:[`node-1`,`Spread across both nodes`],answer:0,why:`node-2 is tainted unreachable; node-1 is the only feasible node.`}},{label:`All four on node-1`,explain:`After the 300 s toleration both Pods on node-2 are evicted and replaced on node-1, which is now exactly full (4 × 500m = 2 CPUs).`,predict:{question:`node-2 comes back at 400 s. Will Pods move back?`,choices:[`Yes`,`No`],answer:1,why:`The scheduler only places new Pods; running Pods are never moved.`}},{label:`node-2 back, still empty`,explain:`node-2 is Ready again and its old Pods are cleaned up, but it holds nothing: the imbalance stays.`,predict:{question:`A rolling update of a starts at 450 s. Where do the new a Pods go?`,choices:[`One per node`,`Both on node-2`],answer:1,why:`node-1 is full while the old a Pod is still terminating, so the second new Pod also fits only on node-2.`}},{label:`a,a on node-2; b,b on node-1`,explain:`The update replaced a's Pods one at a time (surge 1, unavailable 0). Each new Pod was scheduled while an old one still held its place on node-1, so both landed on node-2.`,predict:{question:`What could fix the layout without deleting Pods by hand?`,choices:[`The descheduler`,`Restarting the scheduler`],answer:0,why:`The descheduler evicts Pods that violate a policy; the scheduler then places the replacements.`}},{label:`RemoveDuplicates: balanced again`,explain:`At 540 s RemoveDuplicates evicts one duplicate per ReplicaSet (a b from node-1, an a from node-2). Each ReplicaSet creates a replacement, and the scheduler sends it to the other node.`,predict:{question:`Does the descheduler choose the new node?`,choices:[`Yes`,`No, it only evicts`],answer:1,why:`The descheduler never binds Pods; the default scheduler picks the node for the replacements.`}}],questions:[{question:`Why did the rolling update leave a,a on one node?`,choices:[`node-1 could not fit the second new Pod while the old one was terminating`,`The scheduler ignores Deployments`],answer:0,why:`Terminating Pods still count for resources; with big requests only node-2 fit.`},{question:`How often does the descheduler run?`,choices:[`Continuously inside the scheduler`,`When you run it (as a Job or CronJob, or a Deployment with an interval)`],answer:1,why:`It is a separate project (kubernetes-sigs/descheduler), not part of the default control plane.`}]},ko:{title:`롤링 업데이트 불균형과 디스케줄러`,summary:`디플로이먼트 a와 b(각 레플리카 2개, 파드당 500m/1Gi)를 2 CPU, 4Gi 노드 두 개에 올립니다. node-2가 죽으면 모두 node-1로 몰리고, 이어서 a를 롤링 업데이트하면 새 a 파드 둘이 모두 node-2에 놓입니다. 디스케줄러의 RemoveDuplicates가 돌기 전까지는 아무것도 재조정되지 않습니다.`,watch:`각 순간마다 노드 맵에서 어느 노드에 a와 b 파드가 있는지 보세요.`,moments:[{label:`균형 잡힌 시작`,explain:`기본 분산 덕분에 노드마다 a와 b가 하나씩 놓였습니다.`,predict:{question:`30초에 node-2가 죽습니다. 대체 파드는 어디에 놓일까요?`,choices:[`node-1`,`두 노드에 나눠서`],answer:0,why:`node-2에는 node.kubernetes.io/unreachable 테인트가 붙어 있어 들어갈 수 있는 노드는 node-1뿐입니다.`}},{label:`네 개 모두 node-1에`,explain:`300초 톨러레이션이 지나 node-2의 파드 두 개가 축출되고 node-1에 대체됩니다. 이제 node-1은 꽉 찼습니다(4 × 500m = 2 CPU).`,predict:{question:`400초에 node-2가 돌아옵니다. 파드가 다시 옮겨 갈까요?`,choices:[`예`,`아니요`],answer:1,why:`스케줄러는 새 파드만 배치하고, 실행 중인 파드는 옮기지 않습니다.`}},{label:`node-2 복귀, 여전히 비어 있음`,explain:`node-2는 다시 Ready가 되고 옛 파드도 정리되었지만, 아무것도 올라가 있지 않습니다. 불균형은 그대로입니다.`,predict:{question:`450초에 a의 롤링 업데이트가 시작됩니다. 새 a 파드는 어디로 갈까요?`,choices:[`노드마다 하나`,`둘 다 node-2`],answer:1,why:`옛 a 파드가 아직 종료 중이라 node-1이 꽉 차 있어서, 두 번째 새 파드도 node-2에만 들어갑니다.`}},{label:`node-2엔 a,a / node-1엔 b,b`,explain:`업데이트는 a의 파드를 하나씩 바꿨습니다(surge 1, unavailable 0). 새 파드가 스케줄될 때마다 옛 파드가 node-1의 자리를 아직 차지하고 있어서, 둘 다 node-2에 놓였습니다.`,predict:{question:`파드를 손으로 지우지 않고 배치를 바로잡으려면?`,choices:[`디스케줄러`,`스케줄러 재시작`],answer:0,why:`디스케줄러가 정책에 어긋나는 파드를 축출하면, 스케줄러가 대체 파드를 배치합니다.`}},{label:`RemoveDuplicates: 다시 균형`,explain:`540초에 RemoveDuplicates가 레플리카셋마다 중복 하나씩(node-1의 b 하나, node-2의 a 하나)을 축출합니다. 레플리카셋이 대체 파드를 만들고 스케줄러는 그것을 반대편 노드로 보냅니다.`,predict:{question:`새 노드를 고르는 것은 디스케줄러일까요?`,choices:[`예`,`아니요, 축출만 한다`],answer:1,why:`디스케줄러는 파드를 바인딩하지 않습니다. 대체 파드의 노드는 기본 스케줄러가 고릅니다.`}}],questions:[{question:`롤링 업데이트 뒤 a,a가 한 노드에 몰린 이유는?`,choices:[`옛 파드가 종료 중일 때 node-1에 두 번째 새 파드가 들어갈 자리가 없어서`,`스케줄러가 디플로이먼트를 무시해서`],answer:0,why:`종료 중인 파드도 자원을 차지한 것으로 계산됩니다. 요청량이 크면 node-2에만 들어갑니다.`},{question:`디스케줄러는 얼마나 자주 돌까요?`,choices:[`스케줄러 안에서 계속`,`실행할 때(Job이나 CronJob, 또는 주기를 둔 디플로이먼트로)`],answer:1,why:`디스케줄러는 별도 프로젝트(kubernetes-sigs/descheduler)이며 기본 컨트롤 플레인에 들어 있지 않습니다.`}]}}},E=e({LESSONS:()=>D,lessonById:()=>k}),D=[t,n,r,a,o,s,c,l,u,d,f,p,m,h,g,_,v,y,b,x,S,C,i,w,T],O=new Map(D.map(e=>[e.id,e]));function k(e){return O.get(e)}export{k as n,E as r,D as t};
//# sourceMappingURL=lessons-B3OPaw5Y.js.map