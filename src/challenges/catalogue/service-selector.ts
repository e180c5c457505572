import yaml from "./service-selector.yaml?raw";
import answer from "./service-selector.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const serviceSelector: BuiltInChallenge = {
  id: "service-selector",
  topic: "services",
  title: { en: "A Service with no endpoints", ko: "엔드포인트가 없는 서비스" },
  yaml,
  answer,
};
