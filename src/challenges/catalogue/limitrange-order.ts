import yaml from "./limitrange-order.yaml?raw";
import answer from "./limitrange-order.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const limitrangeOrder: BuiltInChallenge = {
  id: "limitrange-order",
  topic: "resources",
  title: { en: "A LimitRange that came too late", ko: "너무 늦게 온 LimitRange" },
  yaml,
  answer,
  comments: { ko: { "A worker with a memory leak (2Mi a second), and the namespace's LimitRange that should cap it at 256Mi. The file is applied top to bottom.": "메모리가 새는 워커(초당 2Mi)와, 이를 256Mi로 막아야 할 네임스페이스의 LimitRange. 파일은 위에서 아래로 적용됩니다." } },
};
