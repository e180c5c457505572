import yaml from "./requests-too-big.yaml?raw";
import answer from "./requests-too-big.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const requestsTooBig: BuiltInChallenge = {
  id: "requests-too-big",
  topic: "scheduling",
  title: { en: "Pending forever", ko: "영원히 Pending" },
  yaml,
  answer,
};
