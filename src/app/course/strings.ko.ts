import { defineKorean } from "../i18n/define";
import type { courseStrings } from "./strings";

// The Korean of ./strings.ts, loaded only for Korean readers (src/app/i18n/ko.ts).
export const courseKo = defineKorean<typeof courseStrings>("course", {
    open: "코스",
    title: "코스",
    intro: "학습 노트의 순서대로 레슨과 챌린지가 이어집니다. 개념이 일어나는 것을 보고, 직접 써 보세요. 진행 상황은 이 브라우저에 저장됩니다.",
    close: "닫기",
    start: "여기서 시작: {title}",
    continue: "이어서 하기: {title}",
    finished: "모든 단계를 마쳤습니다. 수고하셨습니다!",
    progress: "{total}단계 중 {n}단계 완료",
    minutes: "{n}분",
    lesson: "레슨",
    challenge: "챌린지",
    done: "완료",
    after: "먼저: {titles}",
    export: "진행 상황 내보내기",
    import: "진행 상황 가져오기",
    "imported.one": "가져왔습니다: {count}단계가 추가되었습니다.",
    "imported.other": "가져왔습니다: {count}단계가 추가되었습니다.",
    notJson: "podplay 진행 상황 파일이 아닙니다: JSON이 아닙니다.",
    notProgress: "podplay 진행 상황 파일이 아닙니다 (내보낸 파일에는 \"podplay\": \"progress\"가 있습니다).",
    next: "코스의 다음 단계: {title} →",
    confirmReplace: "편집한 내용을 이 단계의 시나리오로 바꿀까요? 지금 텍스트는 보관되며 \"이전 텍스트 복원\"으로 되돌릴 수 있습니다.",
  });
