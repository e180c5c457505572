/**
 * What the engine bench runs, as one bundle: the page's worker runs the engine bundled and
 * minified by Vite, not module by module as tsx loads the sources, and the bench times that.
 */
export { simulate } from "../src/engine/simulate";
export { Cluster } from "../src/engine/cluster/cluster";
export { MinHeap } from "../src/engine/sim/heap";
export { parseYamlDocuments } from "../src/engine/input/yamlDocuments";
export { deploymentYaml, nodeListYaml } from "../src/scenarios/generate";
