import { defineKorean } from "../i18n/define";
import type { offlineStrings } from "./strings";

// The Korean of ./strings.ts, loaded only for Korean readers (src/app/i18n/ko.ts).
export const offlineKo = defineKorean<typeof offlineStrings>("offline", {
    ready: "오프라인 사용 준비 완료",
    readyTitle: "podplay와 편집기, 학습 자료를 이 브라우저에 저장했습니다. 이제 네트워크 없이도 쓸 수 있습니다.",
    offlineNow: "오프라인: 이 브라우저에 저장된 사본으로 실행 중",
    update: "새 버전이 있습니다",
    reload: "새로고침",
    reloadTitle: "새 버전을 쓰려면 페이지를 새로고침하세요(작성한 텍스트는 유지됩니다).",
  });
