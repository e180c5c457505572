var e=/^(\s*)#\s?(.*)$/;function t(t){let n=[],r=t.split(`
`);for(let t=0;t<r.length;t++){let i=e.exec(r[t]);if(!i)continue;let a={start:t,lines:[i[2]],indent:i[1],text:``};for(;t+1<r.length;){let n=e.exec(r[t+1]);if(!n||n[1]!==i[1])break;a.lines.push(n[2]),t++}a.text=a.lines.join(` `),n.push(a)}return n}function n(e,n){if(!n)return e;let r=e.split(`
`);for(let i of t(e)){let e=n[i.text];if(e===void 0)continue;let t=e.split(`
`);for(let e=0;e<i.lines.length;e++){let n=e===i.lines.length-1?t.slice(e).join(` `):t[e]??``;r[i.start+e]=n?`${i.indent}# ${n}`:`${i.indent}#`}}return r.join(`
`)}function r(e,t){return t===`ko`?n(e.yaml,e.comments?.ko):e.yaml}function i(e,t){if(e.variant!==void 0)return t===`ko`?n(e.variant,e.comments?.ko):e.variant}var a=new WeakMap;function o(e){let t=a.get(e);return t||a.set(e,t=[e.yaml,r(e,`ko`)]),t}export{t as commentBlocks,i as lessonVariantYaml,r as lessonYaml,o as lessonYamls,n as translateComments};
//# sourceMappingURL=comments-ziFGva9j.js.map