import yaml from "./init-order.yaml?raw";
import answer from "./init-order.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const initOrder: BuiltInChallenge = {
  id: "init-order",
  topic: "init",
  title: { en: "Init containers in the wrong order", ko: "순서가 잘못된 초기화 컨테이너" },
  yaml,
  answer,
};
