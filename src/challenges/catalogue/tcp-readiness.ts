import yaml from "./tcp-readiness.yaml?raw";
import answer from "./tcp-readiness.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const tcpReadiness: BuiltInChallenge = {
  id: "tcp-readiness",
  topic: "probes",
  title: { en: "A probe for an image without a shell", ko: "셸이 없는 이미지의 프로브" },
  yaml,
  answer,
};
