import yaml from "../scenarios/scheduler-spreading.yaml?raw";
import type { Lesson } from "../types";

export const schedulerSpreading: Lesson = {
  id: "scheduler-spreading",
  topic: "scheduling",
  docs: ["topologySpread", "scheduling"],
  yaml,
  comments: { ko: { "Six replicas on three nodes: the scheduler spreads a ReplicaSet's pods by default.": "노드 세 개에 레플리카 여섯 개: 스케줄러는 기본으로 레플리카셋의 파드를 분산합니다." } },
  moments: [
    {
      t: 0, focus: { view: "nodemap" },
      checks: [
        { kind: "event", reason: "Scheduled", object: "web-*", message: { matches: "to node-3$" }, first: [0, 1] },
        { kind: "placement", at: 0, nodes: { "node-1": { "web-*": 2 }, "node-2": { "web-*": 2 }, "node-3": { "web-*": 2 } } },
      ],
    },
    { t: 4, focus: { view: "nodemap" }, checks: [{ kind: "row", pod: "web-*", at: 4, status: "Running", ready: "1/1" }] },
    {
      t: 62, focus: { view: "nodemap" },
      checks: [
        { kind: "event", reason: "ScalingReplicaSet", object: "web", message: { matches: "from 6 to 9$" }, first: [60, 61] },
        { kind: "placement", at: 62, status: "Running", nodes: { "node-1": { "web-*": 3 }, "node-2": { "web-*": 3 }, "node-3": { "web-*": 3 } } },
      ],
    },
  ],
  text: {
    en: {
      title: "The scheduler spreads replicas",
      summary: "A Deployment of 6 replicas on three identical nodes, scaled to 9 at 60 s. The default scheduler usually puts the same number on each node: spreading is a score, not a rule.",
      watch: "The node map: pods landing round the nodes. The Scheduled events name the node each Pod went to.",
      moments: [
        {
          label: "Two per node",
          explain: "For each Pod the scheduler filters the nodes that fit, then scores them. The default PodTopologySpread constraint scores a node lower the more Pods of the same ReplicaSet it already holds, and LeastAllocated prefers emptier nodes.",
          predict: { question: "Would the pods spread without any topologySpreadConstraints in the manifest?", choices: ["Yes, the scheduler spreads by default", "No, they would pile onto node-1"], answer: 0, why: "The default profile includes system default spreading by hostname and zone for Pods owned by a controller." },
        },
        {
          label: "All Running",
          explain: "Each kubelet pulled nginx and started its two Pods, about 3 s after the Deployment was applied.",
          predict: { question: "Which component picked the node?", choices: ["The kubelet", "kube-scheduler", "The ReplicaSet controller"], answer: 1, why: "The ReplicaSet controller creates Pods without a node; the scheduler binds each one." },
        },
        {
          label: "Scaled to 9: three per node",
          explain: "kubectl scale at 60 s: the ReplicaSet creates 3 more Pods and the scheduler gives one to each node.",
          predict: { question: "If node-3 were full, where would its share go?", choices: ["To node-1 and node-2", "Nowhere: the Pods stay Pending"], answer: 0, why: "Spreading is a score, not a rule: a node that does not fit is filtered out and the Pods go to the others." },
        },
      ],
      questions: [
        { question: "Does the scheduler move running Pods to rebalance?", choices: ["Yes, continuously", "No, it only places new Pods"], answer: 1, why: "Scheduling happens once per Pod; moving Pods needs an eviction (for example by the descheduler)." },
      ],
    },
    ko: {
      title: "스케줄러는 레플리카를 분산한다",
      summary: "레플리카 6개짜리 디플로이먼트를 똑같은 노드 세 개에 올리고, 60초에 9개로 늘립니다. 기본 스케줄러는 보통 각 노드에 같은 수를 배치합니다. 분산은 규칙이 아니라 점수입니다.",
      watch: "노드 맵에서 파드가 노드마다 고르게 놓이는 것을 보세요. Scheduled 이벤트에는 파드가 간 노드가 나옵니다.",
      moments: [
        {
          label: "노드마다 두 개",
          explain: "스케줄러는 파드마다 들어갈 수 있는 노드를 거른(filter) 뒤 점수(score)를 매깁니다. 기본 PodTopologySpread 제약은 같은 레플리카셋의 파드가 많은 노드일수록 점수를 낮추고, LeastAllocated는 덜 찬 노드를 선호합니다.",
          predict: { question: "매니페스트에 topologySpreadConstraints가 없어도 파드가 분산될까요?", choices: ["예, 스케줄러가 기본으로 분산한다", "아니요, node-1에 몰린다"], answer: 0, why: "기본 프로파일에는 컨트롤러가 소유한 파드를 kubernetes.io/hostname과 topology.kubernetes.io/zone 기준으로 분산하는 시스템 기본 제약이 들어 있습니다." },
        },
        {
          label: "모두 Running",
          explain: "디플로이먼트를 적용하고 약 3초 뒤, 각 kubelet이 nginx를 받아 자기 노드의 파드 두 개를 시작했습니다.",
          predict: { question: "노드를 고른 컴포넌트는?", choices: ["kubelet", "kube-scheduler", "레플리카셋 컨트롤러"], answer: 1, why: "레플리카셋 컨트롤러는 노드 없이 파드를 만들고, 스케줄러가 하나씩 바인딩합니다." },
        },
        {
          label: "9개로 확장: 노드마다 세 개",
          explain: "60초에 kubectl scale을 하면 레플리카셋이 파드 3개를 더 만들고, 스케줄러가 노드마다 하나씩 줍니다.",
          predict: { question: "node-3이 꽉 찼다면 그 몫은 어디로 갈까요?", choices: ["node-1과 node-2로", "갈 곳이 없어 Pending"], answer: 0, why: "분산은 규칙이 아니라 점수입니다. 들어갈 수 없는 노드는 걸러지고 파드는 나머지 노드로 갑니다." },
        },
      ],
      questions: [
        { question: "스케줄러가 균형을 맞추려고 실행 중인 파드를 옮길까요?", choices: ["예, 계속", "아니요, 새 파드만 배치한다"], answer: 1, why: "스케줄링은 파드마다 한 번뿐입니다. 파드를 옮기려면 축출(예: 디스케줄러)이 필요합니다." },
      ],
    },
  },
};
