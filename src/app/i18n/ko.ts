import { shellKo } from "../shell/strings.ko";
import { editorKo } from "../editor/strings.ko";
import { timelineKo } from "../timeline/strings.ko";
import { presenterKo } from "../presenter/strings.ko";
import { compareKo } from "../compare/strings.ko";
import { shareKo } from "../share/strings.ko";
import { exportKo } from "../export/strings.ko";
import { offlineKo } from "../offline/strings.ko";
import { embedKo } from "../embed/strings.ko";
import { dropKo } from "../dropFile/strings.ko";
import { lessonsKo } from "../lessons/strings.ko";
import { courseKo } from "../course/strings.ko";
import { persistKo } from "../persist/strings.ko";
import { filesKo } from "../files/strings.ko";
import { servicesKo } from "../services/strings.ko";
import { promptKo } from "../kubectl/prompt/strings.ko";
import { teachersKo } from "../teachers/strings.ko";
import { challengesKo } from "../challenges/strings.ko";

/**
 * The Korean of every table the first load registers in English (defineEnglish): one chunk, loaded
 * before the first render for a Korean reader and on switching to Korean (./index.ts loadKorean).
 */
export const KOREAN_TABLES: Array<Record<string, string>> = [shellKo, editorKo, timelineKo, presenterKo, compareKo, shareKo, exportKo, offlineKo, embedKo, dropKo, lessonsKo, courseKo, persistKo, filesKo, servicesKo, promptKo, teachersKo, challengesKo];
