import yaml from "./image-typo.yaml?raw";
import answer from "./image-typo.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const imageTypo: BuiltInChallenge = {
  id: "image-typo",
  topic: "backoff",
  title: { en: "Stuck in ImagePullBackOff", ko: "ImagePullBackOff에서 멈춰 있어요" },
  yaml,
  answer,
};
