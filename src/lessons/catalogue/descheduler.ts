import yaml from "../scenarios/descheduler.yaml?raw";
import type { Lesson } from "../types";

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
          predict: { question: "node-2 dies at 30 s. Where are the replacements placed?", choices: ["node-1", "Spread across both nodes"], answer: 0, why: "node-2 is tainted unreachable; node-1 is the only feasible node." },
        },
        {
          label: "All four on node-1",
          explain: "After the 300 s toleration both Pods on node-2 are evicted and replaced on node-1, which is now exactly full (4 × 500m = 2 CPUs).",
          predict: { question: "node-2 comes back at 400 s. Will Pods move back?", choices: ["Yes", "No"], answer: 1, why: "The scheduler only places new Pods; running Pods are never moved." },
        },
        {
          label: "node-2 back, still empty",
          explain: "node-2 is Ready again and its old Pods are cleaned up, but it holds nothing: the imbalance stays.",
          predict: { question: "A rolling update of a starts at 450 s. Where do the new a Pods go?", choices: ["One per node", "Both on node-2"], answer: 1, why: "node-1 is full while the old a Pod is still terminating, so the second new Pod also fits only on node-2." },
        },
        {
          label: "a,a on node-2; b,b on node-1",
          explain: "The update replaced a's Pods one at a time (surge 1, unavailable 0). Each new Pod was scheduled while an old one still held its place on node-1, so both landed on node-2.",
          predict: { question: "What could fix the layout without deleting Pods by hand?", choices: ["The descheduler", "Restarting the scheduler"], answer: 0, why: "The descheduler evicts Pods that violate a policy; the scheduler then places the replacements." },
        },
        {
          label: "RemoveDuplicates: balanced again",
          explain: "At 540 s RemoveDuplicates evicts one duplicate per ReplicaSet (a b from node-1, an a from node-2). Each ReplicaSet creates a replacement, and the scheduler sends it to the other node.",
          predict: { question: "Does the descheduler choose the new node?", choices: ["Yes", "No, it only evicts"], answer: 1, why: "The descheduler never binds Pods; the default scheduler picks the node for the replacements." },
        },
      ],
      questions: [
        { question: "Why did the rolling update leave a,a on one node?", choices: ["node-1 could not fit the second new Pod while the old one was terminating", "The scheduler ignores Deployments"], answer: 0, why: "Terminating Pods still count for resources; with big requests only node-2 fit." },
        { question: "How often does the descheduler run?", choices: ["Continuously inside the scheduler", "When you run it (as a Job or CronJob, or a Deployment with an interval)"], answer: 1, why: "It is a separate project (kubernetes-sigs/descheduler), not part of the default control plane." },
      ],
    },
    ko: {
      title: "롤링 업데이트 불균형과 디스케줄러",
      summary: "디플로이먼트 a와 b(각 레플리카 2개, 파드당 500m/1Gi)를 2 CPU, 4Gi 노드 두 개에 올립니다. node-2가 죽으면 모두 node-1로 몰리고, 이어서 a를 롤링 업데이트하면 새 a 파드 둘이 모두 node-2에 놓입니다. 디스케줄러의 RemoveDuplicates가 돌기 전까지는 아무것도 재조정되지 않습니다.",
      watch: "각 순간마다 노드 맵에서 어느 노드에 a와 b 파드가 있는지 보세요.",
      moments: [
        {
          label: "균형 잡힌 시작",
          explain: "기본 분산 덕분에 노드마다 a와 b가 하나씩 놓였습니다.",
          predict: { question: "30초에 node-2가 죽습니다. 대체 파드는 어디에 놓일까요?", choices: ["node-1", "두 노드에 나눠서"], answer: 0, why: "node-2에는 node.kubernetes.io/unreachable 테인트가 붙어 있어 들어갈 수 있는 노드는 node-1뿐입니다." },
        },
        {
          label: "네 개 모두 node-1에",
          explain: "300초 톨러레이션이 지나 node-2의 파드 두 개가 축출되고 node-1에 대체됩니다. 이제 node-1은 꽉 찼습니다(4 × 500m = 2 CPU).",
          predict: { question: "400초에 node-2가 돌아옵니다. 파드가 다시 옮겨 갈까요?", choices: ["예", "아니요"], answer: 1, why: "스케줄러는 새 파드만 배치하고, 실행 중인 파드는 옮기지 않습니다." },
        },
        {
          label: "node-2 복귀, 여전히 비어 있음",
          explain: "node-2는 다시 Ready가 되고 옛 파드도 정리되었지만, 아무것도 올라가 있지 않습니다. 불균형은 그대로입니다.",
          predict: { question: "450초에 a의 롤링 업데이트가 시작됩니다. 새 a 파드는 어디로 갈까요?", choices: ["노드마다 하나", "둘 다 node-2"], answer: 1, why: "옛 a 파드가 아직 종료 중이라 node-1이 꽉 차 있어서, 두 번째 새 파드도 node-2에만 들어갑니다." },
        },
        {
          label: "node-2엔 a,a / node-1엔 b,b",
          explain: "업데이트는 a의 파드를 하나씩 바꿨습니다(surge 1, unavailable 0). 새 파드가 스케줄될 때마다 옛 파드가 node-1의 자리를 아직 차지하고 있어서, 둘 다 node-2에 놓였습니다.",
          predict: { question: "파드를 손으로 지우지 않고 배치를 바로잡으려면?", choices: ["디스케줄러", "스케줄러 재시작"], answer: 0, why: "디스케줄러가 정책에 어긋나는 파드를 축출하면, 스케줄러가 대체 파드를 배치합니다." },
        },
        {
          label: "RemoveDuplicates: 다시 균형",
          explain: "540초에 RemoveDuplicates가 레플리카셋마다 중복 하나씩(node-1의 b 하나, node-2의 a 하나)을 축출합니다. 레플리카셋이 대체 파드를 만들고 스케줄러는 그것을 반대편 노드로 보냅니다.",
          predict: { question: "새 노드를 고르는 것은 디스케줄러일까요?", choices: ["예", "아니요, 축출만 한다"], answer: 1, why: "디스케줄러는 파드를 바인딩하지 않습니다. 대체 파드의 노드는 기본 스케줄러가 고릅니다." },
        },
      ],
      questions: [
        { question: "롤링 업데이트 뒤 a,a가 한 노드에 몰린 이유는?", choices: ["옛 파드가 종료 중일 때 node-1에 두 번째 새 파드가 들어갈 자리가 없어서", "스케줄러가 디플로이먼트를 무시해서"], answer: 0, why: "종료 중인 파드도 자원을 차지한 것으로 계산됩니다. 요청량이 크면 node-2에만 들어갑니다." },
        { question: "디스케줄러는 얼마나 자주 돌까요?", choices: ["스케줄러 안에서 계속", "실행할 때(Job이나 CronJob, 또는 주기를 둔 디플로이먼트로)"], answer: 1, why: "디스케줄러는 별도 프로젝트(kubernetes-sigs/descheduler)이며 기본 컨트롤 플레인에 들어 있지 않습니다." },
      ],
    },
  },
};
