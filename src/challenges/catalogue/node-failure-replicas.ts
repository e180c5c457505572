import yaml from "./node-failure-replicas.yaml?raw";
import answer from "./node-failure-replicas.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const nodeFailureReplicas: BuiltInChallenge = {
  id: "node-failure-replicas",
  topic: "nodes",
  title: { en: "Survive a node failure", ko: "노드 장애에서 살아남기" },
  yaml,
  answer,
  comments: { ko: { "A login service: one nginx replica behind the Service login, on a two-node cluster. node-1 stops reporting at 0:30.": "로그인 서비스: 노드 두 대짜리 클러스터에서 서비스 login 뒤에 nginx 레플리카 하나가 있습니다. node-1은 0:30에 상태 보고를 멈춥니다." } },
};
