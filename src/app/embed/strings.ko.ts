import { defineKorean } from "../i18n/define";
import type { embedStrings } from "./strings";

// The Korean of ./strings.ts, loaded only for Korean readers (src/app/i18n/ko.ts).
export const embedKo = defineKorean<typeof embedStrings>("embed", {
    label: "podplay: {scenario}",
    open: "podplay에서 열기",
    openTitle: "편집기가 있는 전체 플레이그라운드에서 이 시나리오를 새 탭으로 엽니다",
    view: "쿠버네티스 {version} 시뮬레이션",
  });
