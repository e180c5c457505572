import yaml from "../scenarios/descheduler-new-node.yaml?raw";
import type { Lesson } from "../types";

/** A new node stays empty until something evicts; the descheduler's LowNodeUtilization does (sigs.k8s.io/descheduler nodeutilization). */
export const deschedulerNewNode: Lesson = {
  id: "descheduler-new-node",
  topic: "scheduling",
  yaml,
  moments: [
    { t: 5, focus: { view: "nodemap" }, checks: [{ kind: "placement", at: 5, status: "Running", nodes: { "node-1": { "web-*": 4 } } }] },
    {
      t: 90,
      focus: { view: "nodemap" },
      checks: [
        { kind: "placement", at: 90, status: "Running", nodes: { "node-1": { "web-*": 4 }, "node-2": { "web-*": 0 } } },
      ],
    },
    {
      t: 125,
      focus: { view: "nodemap" },
      checks: [
        { kind: "event", reason: "LowNodeUtilization", object: "web-*", message: "pod eviction from node-1 node by sigs.k8s.io/descheduler", first: [119, 121], count: { min: 2, max: 2 } },
        { kind: "placement", at: 125, status: "Running", nodes: { "node-1": { "web-*": 2 }, "node-2": { "web-*": 2 } } },
      ],
    },
  ],
  text: {
    en: {
      title: "A new node, and LowNodeUtilization",
      summary:
        "Four web replicas fill 80% of node-1's CPU. node-2 joins at 1:00 and stays empty; at 2:00 the descheduler's LowNodeUtilization strategy evicts from the overutilized node and the ReplicaSet's replacements land on node-2.",
      watch: "The node map: node-2 appears empty, stays empty, then receives two Pods right after the evictions.",
      moments: [
        {
          label: "All on node-1",
          explain: "With one node, the scheduler had no choice: four Pods requesting 400m CPU each use 80% of node-1's 2 CPUs.",
          predict: {
            question: "node-2 will join at 1:00. What will the scheduler do with the running Pods then?",
            choices: ["Nothing: it only places Pods that have no node yet", "Move two of them to node-2", "Restart them so they spread"],
            answer: 0,
            why: "The scheduler binds Pending Pods. A running Pod stays on its node until it is deleted.",
          },
        },
        {
          label: "node-2 is empty",
          explain:
            "node-2 is Ready and has room, and nothing lands on it: no Pod is Pending. The study notes say the scheduler does not move Pods 'unless they restart'; a container restart stays on the same node too. Only a new Pod goes through the scheduler.",
          predict: {
            question: "A web container crashes and restarts now. Where does it run?",
            choices: ["On node-1 again: a restart is the kubelet's, inside the same Pod", "On node-2, the emptier node", "Wherever the descheduler says"],
            answer: 0,
            why: "Restarting a container does not create a Pod, so the scheduler is not asked.",
          },
        },
        {
          label: "Evicted, replaced, spread",
          explain:
            "LowNodeUtilization sees node-1 over a target threshold (CPU 80% > 50%) and node-2 under every threshold (0% < 20%), and evicts from node-1 until it is under the targets: two Pods. The ReplicaSet creates two replacements, and the scheduler, scoring the nodes, puts them on node-2. The descheduler only evicts; where the new Pods go is the scheduler's choice.",
          predict: {
            question: "How many Pods does LowNodeUtilization evict from node-1?",
            choices: ["Two: enough to bring its CPU to 40%, under the 50% target", "All four", "One per run"],
            answer: 0,
            why: "It stops once the node is no longer overutilized (or the underutilized nodes are full).",
          },
        },
      ],
      questions: [
        {
          question: "What does the descheduler itself do with an evicted Pod?",
          choices: ["Nothing more: its controller makes a new Pod, and the scheduler places it", "Moves it to the underutilized node", "Restarts it on the same node"],
          answer: 0,
          why: "Eviction deletes the Pod. A bare Pod without a controller would simply be gone, which is why the descheduler skips such Pods by default.",
        },
        {
          question: "When is a node underutilized for LowNodeUtilization?",
          choices: ["When its use is under every one of the thresholds (cpu, memory, pods)", "When any one resource is under its threshold", "When it runs no Pods at all"],
          answer: 0,
          why: "Underutilized needs all resources under thresholds; overutilized needs any resource over targetThresholds. Use is computed from the Pods' requests.",
        },
      ],
    },
    ko: {
      title: "새 노드, 그리고 LowNodeUtilization",
      summary:
        "web 레플리카 넷이 node-1 CPU의 80%를 차지합니다. node-2가 1:00에 합류하지만 비어 있고, 2:00에 디스케줄러의 LowNodeUtilization 전략이 과하게 쓰인 노드에서 축출하자 레플리카셋이 만든 대체 파드가 node-2에 자리 잡습니다.",
      watch: "노드 지도를 보세요. node-2가 빈 채로 나타나 계속 비어 있다가, 축출 직후 파드 둘을 받습니다.",
      moments: [
        {
          label: "모두 node-1에",
          explain: "노드가 하나뿐이라 스케줄러에게 선택지가 없었습니다. CPU를 400m씩 요청하는 파드 넷이 node-1의 CPU 2개 중 80%를 씁니다.",
          predict: {
            question: "1:00에 node-2가 합류합니다. 그때 스케줄러는 실행 중인 파드를 어떻게 할까요?",
            choices: ["아무것도. 아직 노드가 없는 파드만 배치한다", "둘을 node-2로 옮긴다", "퍼지도록 재시작한다"],
            answer: 0,
            why: "스케줄러는 Pending 파드를 노드에 바인딩합니다. 실행 중인 파드는 삭제될 때까지 제 노드에 있습니다.",
          },
        },
        {
          label: "node-2는 비어 있다",
          explain:
            "node-2는 Ready이고 자리도 있는데 아무것도 오지 않습니다. Pending인 파드가 없기 때문입니다. 학습 노트는 스케줄러가 '재시작하지 않는 한' 파드를 옮기지 않는다고 하는데, 컨테이너 재시작도 같은 노드에서 일어납니다. 스케줄러를 거치는 것은 새 파드뿐입니다.",
          predict: {
            question: "지금 web 컨테이너 하나가 죽었다가 재시작합니다. 어디서 실행될까요?",
            choices: ["다시 node-1에서. 재시작은 같은 파드 안에서 kubelet이 한다", "더 빈 node-2에서", "디스케줄러가 정하는 곳에서"],
            answer: 0,
            why: "컨테이너 재시작은 파드를 새로 만들지 않으므로 스케줄러에게 묻지 않습니다.",
          },
        },
        {
          label: "축출, 대체, 분산",
          explain:
            "LowNodeUtilization은 node-1이 목표 임계값을 넘고(CPU 80% > 50%) node-2가 모든 임계값 아래(0% < 20%)인 것을 보고, node-1이 목표 아래로 내려갈 때까지 축출합니다. 파드 둘입니다. 레플리카셋이 대체 파드 둘을 만들고, 스케줄러가 노드 점수를 매겨 node-2에 둡니다. 디스케줄러는 축출만 하며, 새 파드의 자리는 스케줄러가 정합니다.",
          predict: {
            question: "LowNodeUtilization은 node-1에서 파드를 몇 개 축출할까요?",
            choices: ["둘. CPU가 50% 목표 아래인 40%가 될 만큼", "넷 모두", "한 번 실행에 하나"],
            answer: 0,
            why: "노드가 더 이상 과하게 쓰이지 않게 되면(또는 덜 쓰인 노드가 차면) 멈춥니다.",
          },
        },
      ],
      questions: [
        {
          question: "디스케줄러는 축출한 파드를 어떻게 하나요?",
          choices: ["더 하는 일이 없다. 컨트롤러가 새 파드를 만들고 스케줄러가 배치한다", "덜 쓰인 노드로 옮긴다", "같은 노드에서 재시작한다"],
          answer: 0,
          why: "축출은 파드를 삭제합니다. 컨트롤러 없는 파드는 그냥 사라지므로, 디스케줄러는 기본적으로 그런 파드를 건너뜁니다.",
        },
        {
          question: "LowNodeUtilization에서 노드가 덜 쓰였다(underutilized)고 보는 때는?",
          choices: ["사용량이 cpu, memory, pods 임계값 모두보다 낮을 때", "자원 하나라도 임계값보다 낮을 때", "파드가 하나도 없을 때"],
          answer: 0,
          why: "덜 쓰임은 모든 자원이 thresholds 아래여야 하고, 과하게 쓰임은 어느 자원 하나라도 targetThresholds를 넘으면 됩니다. 사용량은 파드들의 요청으로 계산합니다.",
        },
      ],
    },
  },
};
