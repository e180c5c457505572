import yaml from "./liveness-hiccup.yaml?raw";
import answer from "./liveness-hiccup.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const livenessHiccup: BuiltInChallenge = {
  id: "liveness-hiccup",
  topic: "probes",
  title: { en: "Do not restart on a short hiccup", ko: "잠깐 흔들렸다고 재시작하지 않기" },
  yaml,
  answer,
};
