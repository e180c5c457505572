/**
 * kubectl output for the simulator: `get pods` (incl. `-w`), `describe pod`, `get events`.
 */
export { humanDuration, shortHumanDuration, goDuration } from "./humanDuration";
export { podRow, type PodRow } from "./podRow";
export {
  printPodTable,
  watchLines,
  watchTranscript,
  watchTranscriptWithTime,
  formatSimTime,
  type PodTableOptions,
  type WatchOptions,
  type WatchSnapshot,
  type WatchLine,
} from "./getPods";
export { describePod } from "./describePod";
export { describeProbe } from "./describeContainers";
export { printEvents, eventCells, type EventTableOptions } from "./getEvents";
export { foldEvents, EVENT_TTL_SECONDS } from "./foldEvents";
export { podQOSClass, parseQuantity } from "./quantity";
export { formatRFC1123Z, formatRFC3339, formatRFC3339Micro, parseTime, translateTimestampSince } from "./time";
