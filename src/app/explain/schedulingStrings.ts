import { defineStrings } from "../i18n/define";

// The scheduling-details block of the Why panel (beside explain's own "sched.*" words).
export const schedulingStrings = defineStrings(
  "schedDetails",
  {
    chosen: "chosen",
    rejected: "rejected",
    score: "score {total}",
    scoreName: "{node}: passed the filters, score {total}",
    rejectedName: "{node}: rejected by {plugin}: {reason}",
    plugins: "Scores by plugin",
    plugin: "Plugin",
    weighted: "Score × weight",
    showAll: "Show all {count} nodes",
    showFewer: "Show fewer",
    hidden: "{count} more nodes not listed",
    rejectedSummary: "Rejected: {list}",
  },
  {
    chosen: "선택됨",
    rejected: "제외됨",
    score: "점수 {total}",
    scoreName: "{node}: 필터 통과, 점수 {total}",
    rejectedName: "{node}: {plugin}이(가) 제외: {reason}",
    plugins: "플러그인별 점수",
    plugin: "플러그인",
    weighted: "점수 × 가중치",
    showAll: "노드 {count}개 모두 보기",
    showFewer: "간단히 보기",
    hidden: "표시하지 않은 노드 {count}개",
    rejectedSummary: "제외: {list}",
  },
);
