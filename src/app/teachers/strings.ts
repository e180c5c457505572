import { defineStrings } from "../i18n/define";

// The teachers' guide: its link and the page's frame (the guide's own text is guide.en.ts / guide.ko.ts).
export const teachersStrings = defineStrings(
  "teachers",
  {
    link: "For teachers",
    linkTitle: "How to run a class with podplay: presenter keys, predict mode, two screens, share links, grading challenges, a 45-minute plan",
    close: "Close",
    contents: "On this page",
    loading: "Loading the guide…",
  },
  {
    link: "교사용 안내",
    linkTitle: "podplay로 수업하는 법: 발표 단축키, 예측 모드, 두 화면 발표, 공유 링크, 챌린지 채점, 45분 수업 계획",
    close: "닫기",
    contents: "이 페이지의 내용",
    loading: "안내를 불러오는 중…",
  },
);
