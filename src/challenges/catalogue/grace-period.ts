import yaml from "./grace-period.yaml?raw";
import answer from "./grace-period.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const gracePeriod: BuiltInChallenge = {
  id: "grace-period",
  topic: "hooks",
  title: { en: "Let it finish before it goes", ko: "떠나기 전에 일을 마치게 하기" },
  yaml,
  answer,
};
