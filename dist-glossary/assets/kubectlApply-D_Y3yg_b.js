import{s as e}from"./js-yaml-DKDS-L0N.js";var t=/^podplay\.dev\//,n=/^---(?:[ \t].*)?$/;function r(e,t){let n=[],r=[];for(let t of i(e)){if(!/^[ \t]*[^\s#]/m.test(t))continue;let e=a(t)?.filter(o)??[];e.length===0&&n.push(t.replace(/\s+$/,``));for(let t of e)r.push(...s(t))}let l=n.join(`
---
`),u=c(l),d=r.length?t(r).map(e=>`# ${e}`):[];return{command:[`kubectl apply -f - <<'${u}'`,...l?[l]:[],u,...d].join(`
`)+`
`,documents:n.length,later:r}}function i(e){let t=[[]];for(let r of e.replace(/\r\n?/g,`
`).split(`
`))n.test(r)?t.push([]):t[t.length-1].push(r);return t.map(e=>e.join(`
`))}function a(t){try{return e(t)}catch{return}}function o(e){return typeof e==`object`&&!!e&&typeof e.apiVersion==`string`&&t.test(e.apiVersion)}function s(e){let t=e.spec?.actions;if(!Array.isArray(t))return[];let n=[];for(let e of t){let t=e?.apply;if(!Array.isArray(t))continue;let r=t.map(e=>{let t=e;return`${String(t?.kind??`?`)}/${String(t?.metadata?.name??`?`)}`});n.push({at:String(e.at??`?`),objects:r})}return n}function c(e){let t=new Set(e.split(`
`)),n=`EOF`;for(let e=1;t.has(n);e++)n=`EOF_${e}`;return n}export{r as kubectlApply};
//# sourceMappingURL=kubectlApply-D_Y3yg_b.js.map