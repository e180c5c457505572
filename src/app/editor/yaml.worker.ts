// The YAML language worker, through a local file so Vite bundles it as a module worker
// (monaco-yaml's README FAQ, "Why doesn't it work with Vite?").
import "monaco-yaml/yaml.worker.js";
