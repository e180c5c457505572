import yaml from "../scenarios/descheduler.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: apps/v1
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
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  nodes:
  - name: node-1
  - name: node-2
  actions:
  - {at: 30s, nodeDown: node-2}
  - {at: 400s, nodeUp: node-2}
`,
  check: { kind: "fix", patches: [{ find: "  - {at: 400s, nodeUp: node-2}\n", replace: "  - {at: 400s, nodeUp: node-2}\n  - {at: 450s, addNode: {name: node-3}}\n" }, { find: "  - {at: 400s, nodeUp: node-2}\n", replace: "  - {at: 400s, nodeUp: node-2}\n  - {at: 450s, scale: {deployment: a, replicas: 3}}\n" }, { find: "  - {at: 400s, nodeUp: node-2}\n", replace: "  - {at: 400s, nodeUp: node-2}\n  - {at: 450s, deschedule: {removeDuplicates: true}}\n" }], goal: [{ kind: "placement", at: 470, status: "Running", nodes: { "node-1": { "a-*": 1 }, "node-2": { "a-*": 1 } } }] },
} satisfies QuestionSetup;

export const descheduler: Lesson = {
  id: "descheduler",
  topic: "scheduling",
  docs: ["descheduler", "taints"],
  yaml,
  comments: { ko: { "node-2 fails and returns; a rolling update of a then lands both new pods on node-2.": "node-2가 멈췄다가 돌아옵니다. 그 뒤 디플로이먼트 a의 롤링 업데이트가 새 파드 둘을 모두 node-2에 놓습니다." } },
  moments: [
    { t: 4, focus: { view: "nodemap" }, checks: [{ kind: "placement", at: 4, status: "Running", nodes: { "node-1": { "a-*": 1, "b-*": 1 }, "node-2": { "a-*": 1, "b-*": 1 } } }] },
    {
      t: 383, focus: { view: "nodemap" },
      checks: [
        { kind: "event", reason: "TaintManagerEviction", object: "*", first: [380, 387], count: { min: 2, max: 2, before: 600 } },
        { kind: "placement", at: 383, status: "Running", nodes: { "node-1": { "a-*": 2, "b-*": 2 } } },
      ],
    },
    {
      t: 440, focus: { view: "nodemap" },
      checks: [
        { kind: "event", reason: "NodeReady", object: "node-2", first: [400, 406] },
        { kind: "placement", at: 440, nodes: { "node-1": { "a-*": 2, "b-*": 2 }, "node-2": { "a-*": 0, "b-*": 0 } } },
      ],
    },
    {
      t: 455, focus: { view: "nodemap" },
      checks: [
        { kind: "order", events: [{ reason: "ScalingReplicaSet", object: "a", message: { matches: "^Scaled up replica set a-\\w+ from 0 to 1$" } }, { reason: "ScalingReplicaSet", object: "a", message: { matches: "^Scaled down replica set a-\\w+ from 2 to 1$" } }, { reason: "ScalingReplicaSet", object: "a", message: { matches: "^Scaled down replica set a-\\w+ from 1 to 0$" } }] },
        { kind: "placement", at: 455, status: "Running", nodes: { "node-1": { "a-*": 0, "b-*": 2 }, "node-2": { "a-*": 2, "b-*": 0 } } },
      ],
    },
    {
      t: 545, focus: { view: "nodemap" },
      checks: [
        { kind: "event", reason: "RemoveDuplicates", object: "*", message: { matches: "^pod eviction from node-[12] node by sigs.k8s.io/descheduler$" }, first: [540, 541], count: { min: 2, max: 2, before: 600 } },
        { kind: "placement", at: 545, status: "Running", nodes: { "node-1": { "a-*": 1, "b-*": 1 }, "node-2": { "a-*": 1, "b-*": 1 } } },
      ],
    },
  ],
  text: {
    en: {
      title: "Rolling-update imbalance and the descheduler",
      summary: "Deployments a and b (2 replicas each, 500m/1Gi per Pod) on two 2-CPU, 4Gi nodes. node-2 fails and everything ends up on node-1; a rolling update of a then puts both new a Pods on node-2. Nothing rebalances until the descheduler's RemoveDuplicates runs.",
      watch: "The node map at each moment: which node holds which a and b Pods.",
      moments: [
        {
          label: "Balanced start",
          explain: "Default spreading puts one a and one b on each node.",
          predict: {
            question: "Balanced start: one a and one b on each node. node-2 dies at 30 s. Where are its Pods' replacements placed?",
            choices: ["node-1", "Spread across both nodes", "Nowhere until node-2 comes back"],
            answer: 0,
            whys: [
              "node-2 is tainted unreachable; node-1 is the only feasible node.",
              "A tainted node is filtered out before any spreading score is computed.",
              "Replacements are created after the eviction and go to any node that fits; node-1 has room.",
            ],
          },
        },
        {
          label: "All four on node-1",
          explain: "After the 300 s toleration both Pods on node-2 are evicted and replaced on node-1, which is now exactly full (4 × 500m = 2 CPUs).",
          predict: {
            question: "All four run on node-1. node-2 comes back at 400 s. Will Pods move back?",
            choices: ["Yes, the scheduler rebalances", "No", "Yes, the ReplicaSets move their Pods to restore the spread"],
            answer: 1,
            whys: [
              "The scheduler only places new Pods; running Pods are never moved.",
              "Nothing moves a running Pod; node-2 stays empty until new Pods are created.",
              "A ReplicaSet only keeps the count; it neither looks at nodes nor moves Pods.",
            ],
          },
        },
        {
          label: "node-2 back, still empty",
          explain: "node-2 is Ready again and its old Pods are cleaned up, but it holds nothing: the imbalance stays.",
          predict: {
            question: "A rolling update of a starts at 450 s. Where do the new a Pods go?",
            choices: ["One per node", "Both on node-2", "Both on node-1, replacing the old ones in place"],
            answer: 1,
            whys: [
              "node-1 is full while the old a Pods still hold their places there.",
              "node-1 is full while the old a Pod is still terminating, so the second new Pod also fits only on node-2.",
              "A rolling update creates new Pods before removing old ones (surge 1, unavailable 0); node-1 has no room for them.",
            ],
          },
        },
        {
          label: "a,a on node-2; b,b on node-1",
          explain: "The update replaced a's Pods one at a time (surge 1, unavailable 0). Each new Pod was scheduled while an old one still held its place on node-1, so both landed on node-2.",
          predict: {
            question: "a,a on node-2 and b,b on node-1. What could fix the layout without deleting Pods by hand?",
            choices: ["The descheduler", "Restarting the scheduler", "A topologySpreadConstraint added to the Deployments"],
            answer: 0,
            whys: [
              "It evicts Pods that violate a policy (here RemoveDuplicates); the scheduler then places the replacements.",
              "A restarted scheduler still only places Pods without a node; it does not touch running ones.",
              "Editing the template starts a new rollout and places new Pods better; the constraint itself never evicts running Pods.",
            ],
          },
        },
        {
          label: "RemoveDuplicates: balanced again",
          explain: "At 540 s RemoveDuplicates evicts one duplicate per ReplicaSet (a b from node-1, an a from node-2). Each ReplicaSet creates a replacement, and the scheduler sends it to the other node.",
          predict: {
            question: "RemoveDuplicates runs at 540 s. Does the descheduler choose the new node?",
            choices: ["Yes, it moves each Pod to the emptier node", "No, it only evicts", "Yes, it tells the scheduler which node to use"],
            answer: 1,
            whys: [
              "The descheduler cannot move a Pod; it can only evict one.",
              "The descheduler never binds Pods; the ReplicaSet creates replacements and the default scheduler picks their node.",
              "It gives the scheduler no hints; the replacement simply meets the usual spreading score, which now favours the other node.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "After the outage both a Pods run on node-1 and node-2 is back, empty. Which one action at 450 s gives one a per node by 470 s?",
          choices: ["Add a node-3", "Scale a to 3", "Run the descheduler's RemoveDuplicates"],
          answer: 2,
          whys: [
            "A new node is only a new place for new Pods; running Pods stay where they are.",
            "The third Pod goes to an emptier node, but both old Pods stay on node-1: two there, one elsewhere.",
            "It evicts one of the two a Pods on node-1; the ReplicaSet replaces it and the scheduler spreads the replacement to node-2.",
          ],
        },
        {
          question: "Why did the rolling update of a put both new Pods on node-2?",
          choices: ["node-1 could not fit the second new Pod while the old one was terminating", "The scheduler prefers the node a was on before the outage", "A rolling update always places new Pods on a different node from the old ones", "node-2 was marked as preferred when it came back"],
          answer: 0,
          whys: [
            "Terminating Pods still count for resources; with big requests only node-2 fit.",
            "The scheduler has no memory of past placements; it filters and scores the nodes as they are now.",
            "There is no such rule; new Pods go wherever they fit and score best.",
            "A returning node gets no preference; it was simply the only node with room.",
          ],
        },
      ],
    },
    ko: {
      title: "롤링 업데이트 불균형과 디스케줄러",
      summary: "디플로이먼트 a와 b(각 레플리카 2개, 파드당 500m/1Gi)를 2 CPU, 4Gi 노드 두 개에 올립니다. node-2에 장애가 나면 모두 node-1로 몰리고, 이어서 a를 롤링 업데이트하면 새 a 파드 둘이 모두 node-2에 놓입니다. 디스케줄러의 RemoveDuplicates가 돌기 전까지는 아무것도 재조정되지 않습니다.",
      watch: "각 순간마다 노드 맵에서 어느 노드에 a와 b 파드가 있는지 보세요.",
      moments: [
        {
          label: "균형 잡힌 시작",
          explain: "기본 분산 덕분에 노드마다 a와 b가 하나씩 놓였습니다.",
          predict: {
            question: "균형 잡힌 시작: 노드마다 a 하나, b 하나. 30초에 node-2에 장애가 납니다. 그 파드의 대체 파드는 어디에 놓일까요?",
            choices: ["node-1", "두 노드에 나눠서", "node-2가 돌아올 때까지 어디에도"],
            answer: 0,
            whys: [
              "node-2에는 node.kubernetes.io/unreachable 테인트가 있어서 node-1이 갈 수 있는 유일한 노드입니다.",
              "테인트가 있는 노드는 분산 점수를 매기기 전에 걸러집니다.",
              "대체 파드는 축출 뒤에 만들어지고 맞는 노드로 갑니다. node-1에 자리가 있습니다.",
            ],
          },
        },
        {
          label: "네 개 모두 node-1에",
          explain: "300초 톨러레이션이 지나 node-2의 파드 두 개가 축출되고 대체 파드가 node-1에 만들어집니다. 이제 node-1은 꽉 찼습니다(4 × 500m = 2 CPU).",
          predict: {
            question: "네 개 모두 node-1에서 실행됩니다. 400초에 node-2가 돌아옵니다. 파드가 다시 옮겨 갈까요?",
            choices: ["그렇다, 스케줄러가 균형을 맞춘다", "아니다", "그렇다, 레플리카셋이 분산을 되찾으려 파드를 옮긴다"],
            answer: 1,
            whys: [
              "스케줄러는 새 파드만 배치합니다. 실행 중인 파드는 옮기지 않습니다.",
              "실행 중인 파드를 옮기는 주체는 없습니다. 새 파드가 생기기 전까지 node-2는 비어 있습니다.",
              "레플리카셋은 개수만 지킵니다. 노드를 보지도, 파드를 옮기지도 않습니다.",
            ],
          },
        },
        {
          label: "node-2 복귀, 여전히 비어 있음",
          explain: "node-2는 다시 Ready가 되고 옛 파드도 정리되었지만, 아무것도 올라가 있지 않습니다. 불균형은 그대로입니다.",
          predict: {
            question: "450초에 a의 롤링 업데이트가 시작합니다. 새 a 파드는 어디로 갈까요?",
            choices: ["노드마다 하나", "둘 다 node-2", "둘 다 node-1에, 예전 파드를 그 자리에서 바꾼다"],
            answer: 1,
            whys: [
              "예전 a 파드가 아직 자리를 차지하고 있어서 node-1은 가득 찼습니다.",
              "예전 a 파드가 아직 종료 중이라 node-1이 가득 차 있어서, 두 번째 새 파드도 node-2에만 들어갑니다.",
              "롤링 업데이트는 예전 파드를 없애기 전에 새 파드를 만듭니다(surge 1, unavailable 0). node-1에는 자리가 없습니다.",
            ],
          },
        },
        {
          label: "node-2엔 a,a / node-1엔 b,b",
          explain: "업데이트는 a의 파드를 하나씩 바꿨습니다(surge 1, unavailable 0). 새 파드가 스케줄될 때마다 옛 파드가 node-1의 자리를 아직 차지하고 있어서, 둘 다 node-2에 놓였습니다.",
          predict: {
            question: "node-2에 a,a, node-1에 b,b. 파드를 손으로 지우지 않고 배치를 고칠 방법은?",
            choices: ["디스케줄러", "스케줄러 재시작", "디플로이먼트에 topologySpreadConstraint 추가"],
            answer: 0,
            whys: [
              "정책(여기서는 RemoveDuplicates)에 어긋나는 파드를 축출하고, 스케줄러가 대체 파드를 배치합니다.",
              "다시 시작한 스케줄러도 노드가 없는 파드만 배치하고, 실행 중인 파드는 건드리지 않습니다.",
              "템플릿을 고치면 새 롤아웃이 시작되어 새 파드가 더 잘 놓이지만, 제약 자체가 실행 중인 파드를 축출하지는 않습니다.",
            ],
          },
        },
        {
          label: "RemoveDuplicates: 다시 균형",
          explain: "540초에 RemoveDuplicates가 레플리카셋마다 중복 하나씩(node-1의 b 하나, node-2의 a 하나)을 축출합니다. 레플리카셋이 대체 파드를 만들고 스케줄러는 그것을 반대편 노드로 보냅니다.",
          predict: {
            question: "540초에 RemoveDuplicates가 실행됩니다. 새 노드는 디스케줄러가 고를까요?",
            choices: ["그렇다, 파드를 더 빈 노드로 옮긴다", "아니다, 축출만 한다", "그렇다, 스케줄러에게 쓸 노드를 알려 준다"],
            answer: 1,
            whys: [
              "디스케줄러는 파드를 옮길 수 없고, 축출만 할 수 있습니다.",
              "디스케줄러는 파드를 배정하지 않습니다. 레플리카셋이 대체 파드를 만들고 기본 스케줄러가 노드를 고릅니다.",
              "스케줄러에게 힌트를 주지 않습니다. 대체 파드는 보통의 분산 점수를 받고, 그 점수가 이제 다른 노드를 고릅니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "장애가 지나고 a 파드 둘 다 node-1에서 실행되며 node-2는 빈 채로 돌아왔습니다. 450초에 어떤 동작 하나를 하면 470초까지 노드마다 a가 하나씩 될까요?",
          choices: ["node-3 추가", "a를 3개로 늘리기", "디스케줄러의 RemoveDuplicates 실행"],
          answer: 2,
          whys: [
            "새 노드는 새 파드가 갈 새 자리일 뿐입니다. 실행 중인 파드는 그대로입니다.",
            "세 번째 파드는 더 빈 노드로 가지만, 예전 두 파드는 node-1에 남습니다. 거기 둘, 다른 곳에 하나.",
            "node-1의 a 파드 둘 중 하나를 축출합니다. 레플리카셋이 대체 파드를 만들고, 스케줄러가 그것을 node-2로 분산합니다.",
          ],
        },
        {
          question: "a의 롤링 업데이트는 왜 새 파드 둘 다 node-2에 두었을까요?",
          choices: ["예전 파드가 종료 중인 동안 node-1에 두 번째 새 파드가 들어갈 자리가 없었다", "스케줄러가 장애 전에 a가 있던 노드를 선호한다", "롤링 업데이트는 새 파드를 늘 예전 파드와 다른 노드에 둔다", "돌아온 node-2가 선호 노드로 표시되었다"],
          answer: 0,
          whys: [
            "종료 중인 파드도 리소스를 차지합니다. 요청이 커서 node-2에만 들어갔습니다.",
            "스케줄러는 예전 배치를 기억하지 않습니다. 지금의 노드를 거르고 점수를 매깁니다.",
            "그런 규칙은 없습니다. 새 파드는 들어갈 수 있고 점수가 가장 높은 곳으로 갑니다.",
            "돌아온 노드라고 선호되지 않습니다. 자리가 있는 유일한 노드였을 뿐입니다.",
          ],
        },
      ],
    },
  },
};
