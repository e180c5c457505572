import yaml from "./readiness-flap.yaml?raw";
import answer from "./readiness-flap.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const readinessFlap: BuiltInChallenge = {
  id: "readiness-flap",
  topic: "probes",
  title: { en: "Ready too early", ko: "너무 일찍 Ready가 돼요" },
  yaml,
  answer,
};
