import type { Messages } from "./en";

export const ko: Messages = {
  title: "podplay",
  tagline: "쿠버네티스 {version}가 파드를 실행하는 과정을 살펴보세요",
  language: "언어",
  editorLabel: "시나리오 (YAML)",
  watchLabel: "kubectl get pods -w",
  eventsLabel: "kubectl get events",
  errorsLabel: "문제",
  notesLabel: "참고",
  running: "시뮬레이션 중…",
  ranIn: "{until}초를 {ms}ms 만에 시뮬레이션했습니다",
  reset: "기본 시나리오 불러오기",
  confirmReset: "편집한 내용을 기본 시나리오로 바꿀까요?",
  workerRestarted: "시뮬레이션이 너무 오래 걸려 중단했습니다. 시나리오를 줄여서 다시 시도하세요.",
  crashed: "이 입력에서 시뮬레이터가 실패했습니다: {message}",
  previewNote: "미리보기 버전입니다. 타임라인, 재생, 설명이 포함된 전체 플레이그라운드가 곧 나옵니다.",
};
