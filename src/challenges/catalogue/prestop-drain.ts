import yaml from "./prestop-drain.yaml?raw";
import answer from "./prestop-drain.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const prestopDrain: BuiltInChallenge = {
  id: "prestop-drain",
  topic: "hooks",
  title: { en: "Keep serving while the traffic drains", ko: "트래픽이 빠질 때까지 계속 서비스하기" },
  yaml,
  answer,
};
