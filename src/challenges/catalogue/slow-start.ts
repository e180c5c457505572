import yaml from "./slow-start.yaml?raw";
import answer from "./slow-start.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const slowStart: BuiltInChallenge = {
  id: "slow-start",
  topic: "probes",
  title: { en: "A slow app keeps getting killed", ko: "느린 앱이 계속 죽어요" },
  yaml,
  answer,
};
