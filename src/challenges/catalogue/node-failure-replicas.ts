import yaml from "./node-failure-replicas.yaml?raw";
import answer from "./node-failure-replicas.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const nodeFailureReplicas: BuiltInChallenge = {
  id: "node-failure-replicas",
  topic: "nodes",
  title: { en: "Survive a node failure", ko: "노드 장애에서 살아남기" },
  yaml,
  answer,
};
