import yaml from "./exec-readiness.yaml?raw";
import answer from "./exec-readiness.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const execReadiness: BuiltInChallenge = {
  id: "exec-readiness",
  topic: "probes",
  title: { en: "Ready when the file says so", ko: "파일이 말해 줄 때 Ready" },
  yaml,
  answer,
  comments: { ko: { "A PDF renderer behind the Service renderer: it loads its templates for 30 s, then creates /tmp/ready.": "서비스 renderer 뒤에 있는 PDF 렌더러: 30초 동안 템플릿을 불러온 뒤 /tmp/ready를 만듭니다." } },
};
