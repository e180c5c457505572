import yaml from "./requests-too-big.yaml?raw";
import answer from "./requests-too-big.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const requestsTooBig: BuiltInChallenge = {
  id: "requests-too-big",
  topic: "scheduling",
  title: { en: "Pending forever", ko: "영원히 Pending" },
  yaml,
  answer,
  comments: { ko: { "An API with three replicas on three 2-CPU nodes. Each replica uses about 0.2 CPU; the requests were copied from a spreadsheet that listed CPU in tenths.": "CPU 2개짜리 노드 세 대에 레플리카 세 개를 둔 API. 레플리카마다 CPU를 약 0.2개 쓰며, 요청 값은 CPU를 10분의 1 단위로 적은 스프레드시트에서 옮겨 왔습니다." } },
};
