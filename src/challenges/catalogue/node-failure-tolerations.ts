import yaml from "./node-failure-tolerations.yaml?raw";
import answer from "./node-failure-tolerations.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const nodeFailureTolerations: BuiltInChallenge = {
  id: "node-failure-tolerations",
  topic: "nodes",
  title: { en: "Replace a lost Pod sooner", ko: "잃어버린 파드를 더 빨리 대체하기" },
  yaml,
  answer,
};
