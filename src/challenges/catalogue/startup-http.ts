import yaml from "./startup-http.yaml?raw";
import answer from "./startup-http.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const startupHttp: BuiltInChallenge = {
  id: "startup-http",
  topic: "probes",
  title: { en: "A startup probe over HTTP", ko: "HTTP로 하는 시작 프로브" },
  yaml,
  answer,
};
