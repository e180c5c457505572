import { defineKorean } from "../i18n/define";
import type { teachersStrings } from "./strings";

// The Korean of ./strings.ts, loaded only for Korean readers (src/app/i18n/ko.ts).
export const teachersKo = defineKorean<typeof teachersStrings>("teachers", {
    link: "교사용 안내",
    linkTitle: "podplay로 수업하는 법: 발표 단축키, 예측 모드, 두 화면 발표, 공유 링크, 챌린지 채점, 45분 수업 계획",
    close: "닫기",
    contents: "이 페이지의 내용",
    loading: "안내를 불러오는 중…",
  });
