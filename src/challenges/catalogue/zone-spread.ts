import yaml from "./zone-spread.yaml?raw";
import answer from "./zone-spread.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const zoneSpread: BuiltInChallenge = {
  id: "zone-spread",
  topic: "scheduling",
  title: { en: "Half in each zone", ko: "존마다 절반씩" },
  yaml,
  answer,
  comments: { ko: { "A payments API with six replicas on a cluster of two zones: zone-a has two big nodes, zone-b one smaller node.": "존 두 개로 된 클러스터에 레플리카 여섯 개를 둔 결제 API: zone-a에는 큰 노드 두 대, zone-b에는 더 작은 노드 한 대가 있습니다." } },
};
