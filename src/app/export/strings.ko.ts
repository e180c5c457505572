import { defineKorean } from "../i18n/define";
import type { exportStrings } from "./strings";

// The Korean of ./strings.ts, loaded only for Korean readers (src/app/i18n/ko.ts).
export const exportKo = defineKorean<typeof exportStrings>("export", {
    button: "내보내기",
    menu: "내보내기",
    timelineSvg: "타임라인 (SVG)",
    timelinePng: "타임라인 (PNG)",
    nodemapSvg: "노드 맵 (SVG)",
    nodemapPng: "노드 맵 (PNG)",
    kubectlTxt: "kubectl 출력 (텍스트)",
    scenarioYaml: "시나리오 (YAML)",
    working: "{name} 준비 중…",
    saved: "{name} 파일을 저장했습니다",
    nothing: "아직 내보낼 것이 없습니다. 시나리오가 시뮬레이션되지 않았습니다.",
    noPods: "타임라인에 그릴 파드가 없습니다.",
    failed: "내보내기 실패: {message}",
    timelineTitle: "podplay 타임라인: {scenario}",
    nodemapTitle: "podplay 노드 맵: {scenario}, {time} 시점",
    transcriptHeader: "podplay: {scenario}, 쿠버네티스 {version} 시뮬레이션, 재생 위치 {time}",
  });
