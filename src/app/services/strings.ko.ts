import { defineKorean } from "../i18n/define";
import type { servicesStrings } from "./strings";

// The Korean of ./strings.ts, loaded only for Korean readers (src/app/i18n/ko.ts).
export const servicesKo = defineKorean<typeof servicesStrings>("services", {
  region: "서비스",
  heading: "서비스",
  clusterIP: "ClusterIP {ip}",
  ports: "포트: {ports}",
  endpointsCaption: "{service} 서비스의 엔드포인트",
  pod: "파드",
  node: "노드",
  status: "상태",
  ready: "트래픽 받는 중",
  notReady: "준비되지 않음",
  terminating: "종료 중",
  readyHint: "준비됨: 서비스가 이 파드로 트래픽을 보냅니다.",
  notReadyHint: "준비되지 않음: 엔드포인트슬라이스에는 있지만 서비스가 트래픽을 보내지 않습니다.",
  terminatingHint: "종료 중: 파드가 삭제되고 있어 서비스가 새 트래픽을 보내지 않습니다.",
  none: "엔드포인트 없음: 선택된 파드 중 아직 IP를 받은 파드가 없습니다.",
  summary: "{total}개 중 {ready}개가 트래픽을 받는 중",
  noNode: "(없음)",
});
