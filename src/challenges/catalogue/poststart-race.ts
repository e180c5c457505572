import yaml from "./poststart-race.yaml?raw";
import answer from "./poststart-race.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const poststartRace: BuiltInChallenge = {
  id: "poststart-race",
  topic: "hooks",
  title: { en: "postStart is not \"before start\"", ko: "postStart는 \"시작 전\"이 아니에요" },
  yaml,
  answer,
};
