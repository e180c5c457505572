import yaml from "./descheduler-pdb.yaml?raw";
import answer from "./descheduler-pdb.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const deschedulerPdb: BuiltInChallenge = {
  id: "descheduler-pdb",
  topic: "scheduling",
  title: { en: "The descheduler may not evict", ko: "디스케줄러가 축출하지 못해요" },
  yaml,
  answer,
  comments: { ko: { "The study notes' story: services a and b, two replicas each, on two nodes. node-2 fails at 0:30 and returns at 6:40, a rolling update of a starts at 7:30, and the descheduler (RemoveDuplicates) runs at 9:00. Each service has a PodDisruptionBudget.": "학습 노트의 이야기: 서비스 a와 b가 레플리카를 두 개씩 두고 노드 두 대에서 돕니다. node-2는 0:30에 장애가 나고 6:40에 돌아오며, 7:30에 a의 롤링 업데이트가 시작되고, 9:00에 디스케줄러(RemoveDuplicates)가 실행됩니다. 서비스마다 PodDisruptionBudget이 있습니다." } },
};
