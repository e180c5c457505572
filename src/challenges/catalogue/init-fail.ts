import yaml from "./init-fail.yaml?raw";
import answer from "./init-fail.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const initFail: BuiltInChallenge = {
  id: "init-fail",
  topic: "init",
  title: { en: "An init container that fails", ko: "실패하는 초기화 컨테이너" },
  yaml,
  answer,
};
