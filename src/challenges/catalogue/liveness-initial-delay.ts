import yaml from "./liveness-initial-delay.yaml?raw";
import answer from "./liveness-initial-delay.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const livenessInitialDelay: BuiltInChallenge = {
  id: "liveness-initial-delay",
  topic: "probes",
  title: { en: "Give the app time before the first check", ko: "첫 검사 전에 앱에게 시간을 주기" },
  yaml,
  answer,
};
