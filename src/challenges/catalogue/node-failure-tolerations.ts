import yaml from "./node-failure-tolerations.yaml?raw";
import answer from "./node-failure-tolerations.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const nodeFailureTolerations: BuiltInChallenge = {
  id: "node-failure-tolerations",
  topic: "nodes",
  title: { en: "Replace a lost Pod sooner", ko: "잃어버린 파드를 더 빨리 대체하기" },
  yaml,
  answer,
  comments: { ko: { "A checkout service: two nginx replicas on two nodes behind the Service checkout. node-2 stops reporting at 0:30.": "결제 서비스: 서비스 checkout 뒤에 nginx 레플리카 두 개가 노드 두 대에 하나씩 있습니다. node-2는 0:30에 상태 보고를 멈춥니다." } },
};
