import yaml from "./crashloop-args.yaml?raw";
import answer from "./crashloop-args.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const crashloopArgs: BuiltInChallenge = {
  id: "crashloop-args",
  topic: "backoff",
  title: { en: "CrashLoopBackOff from one wrong word", ko: "단어 하나 때문에 CrashLoopBackOff" },
  yaml,
  answer,
};
