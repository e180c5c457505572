import yaml from "./descheduler-pdb.yaml?raw";
import answer from "./descheduler-pdb.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const deschedulerPdb: BuiltInChallenge = {
  id: "descheduler-pdb",
  topic: "scheduling",
  title: { en: "The descheduler may not evict", ko: "디스케줄러가 축출하지 못해요" },
  yaml,
  answer,
};
