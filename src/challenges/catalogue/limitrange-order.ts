import yaml from "./limitrange-order.yaml?raw";
import answer from "./limitrange-order.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const limitrangeOrder: BuiltInChallenge = {
  id: "limitrange-order",
  topic: "resources",
  title: { en: "A LimitRange that came too late", ko: "너무 늦게 온 LimitRange" },
  yaml,
  answer,
};
