import yaml from "./zone-spread.yaml?raw";
import answer from "./zone-spread.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const zoneSpread: BuiltInChallenge = {
  id: "zone-spread",
  topic: "scheduling",
  title: { en: "Half in each zone", ko: "존마다 절반씩" },
  yaml,
  answer,
};
