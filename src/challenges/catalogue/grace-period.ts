import yaml from "./grace-period.yaml?raw";
import answer from "./grace-period.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const gracePeriod: BuiltInChallenge = {
  id: "grace-period",
  topic: "hooks",
  title: { en: "Let it finish before it goes", ko: "떠나기 전에 일을 마치게 하기" },
  yaml,
  answer,
  comments: { ko: { "A video encoder: on SIGTERM it finishes the current segment and saves a checkpoint, which takes 45 s, then exits 0. The Pod is deleted at 0:30.": "동영상 인코더: SIGTERM을 받으면 지금 구간을 마저 끝내고 체크포인트를 저장하는데, 여기에 45초가 걸린 뒤 0으로 종료합니다. 파드는 0:30에 삭제됩니다." } },
};
