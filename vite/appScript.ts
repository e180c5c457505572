import type { HtmlTagDescriptor, Plugin } from "vite";

/**
 * index.html's first script is a small start file (src/app/start.ts) that starts the engine's
 * worker; the app (src/app/main.tsx, a second entry of the build) is the next module script, with
 * its CSS and the chunks it imports preloaded. Module scripts run in document order and the page's
 * load event waits for both, as it did for one entry. Without the app's chunk the build fails.
 */
export function appScript(appEntry = "src/app/main.tsx"): Plugin {
  return {
    name: "podplay-app-script",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const app = Object.values(bundle).find((c) => c.type === "chunk" && c.isEntry && c.facadeModuleId?.replaceAll("\\", "/").endsWith(appEntry));
        if (!app || app.type !== "chunk") throw new Error(`appScript: no entry chunk for ${appEntry}`);
        const seen = new Set<string>();
        const js: string[] = [];
        const visit = (file: string) => {
          if (seen.has(file)) return;
          seen.add(file);
          const c = bundle[file];
          if (c?.type !== "chunk") return;
          for (const dep of c.imports) visit(dep);
          js.push(file);
        };
        visit(app.fileName);
        const css = [...new Set(js.flatMap((f) => [...((bundle[f] as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? [])]))];
        const startChunk = ctx.chunk?.fileName;
        const startDeps = new Set(startChunk && bundle[startChunk]?.type === "chunk" ? [startChunk, ...(bundle[startChunk] as { imports: string[] }).imports] : []);
        return [
          ...css.map((f): HtmlTagDescriptor => ({ tag: "link", attrs: { rel: "stylesheet", crossorigin: true, href: `./${f}` }, injectTo: "head" })),
          ...js.filter((f) => f !== app.fileName && !startDeps.has(f)).map((f): HtmlTagDescriptor => ({ tag: "link", attrs: { rel: "modulepreload", crossorigin: true, href: `./${f}` }, injectTo: "head" })),
          { tag: "script", attrs: { type: "module", crossorigin: true, src: `./${app.fileName}` }, injectTo: "head" },
        ];
      },
    },
  };
}
