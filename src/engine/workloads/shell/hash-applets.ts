/**
 * md5sum, sha1sum, sha256sum, sha512sum (busybox 1.36 coreutils/md5_sha1_sum.c) with the real
 * digests of the files' UTF-8 bytes, and base64 (coreutils/uudecode.c baseNUM_main).
 */
import type { AppletContext } from "./applet";
import { fail, getopt } from "./applet";
import { lines, source } from "./text-applets";

export function utf8Bytes(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/** Bytes back to text: UTF-8 where valid, each other byte as the character of that code. */
export function utf8Text(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const n = c >= 0xf0 && c < 0xf8 ? 3 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xc0 && c < 0xe0 ? 1 : 0;
    let ok = n > 0 && i + n < b.length;
    for (let k = 1; ok && k <= n; k++) ok = (b[i + k] & 0xc0) === 0x80;
    if (!ok) {
      s += String.fromCharCode(c);
      i++;
      continue;
    }
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) cp = (cp << 6) | (b[i + k] & 63);
    s += String.fromCodePoint(cp);
    i += n + 1;
  }
  return s;
}

function hex(words: number[], bigEndian: boolean): string {
  return words
    .map((w) => {
      const v = w >>> 0;
      const be = v.toString(16).padStart(8, "0");
      return bigEndian ? be : be.match(/../g)!.reverse().join("");
    })
    .join("");
}

/** Message padded to 64-byte blocks with its bit length, as MD5 and SHA-1/256 pad it. */
function pad64(msg: Uint8Array, bigEndian: boolean): DataView {
  const len = msg.length;
  const total = Math.ceil((len + 9) / 64) * 64;
  const buf = new Uint8Array(total);
  buf.set(msg);
  buf[len] = 0x80;
  const view = new DataView(buf.buffer);
  const bits = len * 8;
  if (bigEndian) {
    view.setUint32(total - 8, Math.floor(bits / 2 ** 32));
    view.setUint32(total - 4, bits >>> 0);
  } else {
    view.setUint32(total - 8, bits >>> 0, true);
    view.setUint32(total - 4, Math.floor(bits / 2 ** 32), true);
  }
  return view;
}

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));
const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);

export function md5(msg: Uint8Array): string {
  const v = pad64(msg, false);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let off = 0; off < v.byteLength; off += 64) {
    let [a, b, c, d] = h;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      const tmp = d;
      d = c;
      c = b;
      b = (b + rotl((a + f + MD5_K[i] + v.getUint32(off + g * 4, true)) | 0, MD5_S[(i >> 4) * 4 + (i % 4)])) | 0;
      a = tmp;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
  }
  return hex(h, false);
}

export function sha1(msg: Uint8Array): string {
  const v = pad64(msg, true);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Array<number>(80);
  for (let off = 0; off < v.byteLength; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = v.getUint32(off + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    let [a, b, c, d, e] = h;
    for (let i = 0; i < 80; i++) {
      const [f, k] = i < 20 ? [(b & c) | (~b & d), 0x5a827999] : i < 40 ? [b ^ c ^ d, 0x6ed9eba1] : i < 60 ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc] : [b ^ c ^ d, 0xca62c1d6];
      const t = (rotl(a, 5) + f + e + k + w[i]) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
  }
  return hex(h, true);
}

const SHA256_K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6,
  0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb,
  0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee,
  0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

export function sha256(msg: Uint8Array): string {
  const v = pad64(msg, true);
  const h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const w = new Array<number>(64);
  for (let off = 0; off < v.byteLength; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = v.getUint32(off + i * 4) | 0;
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + SHA256_K[i] + w[i]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    const add = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i] + add[i]) | 0;
  }
  return hex(h, true);
}

const MASK64 = (1n << 64n) - 1n;
const SHA512_K = [
  "428a2f98d728ae22", "7137449123ef65cd", "b5c0fbcfec4d3b2f", "e9b5dba58189dbbc", "3956c25bf348b538", "59f111f1b605d019", "923f82a4af194f9b", "ab1c5ed5da6d8118", "d807aa98a3030242", "12835b0145706fbe",
  "243185be4ee4b28c", "550c7dc3d5ffb4e2", "72be5d74f27b896f", "80deb1fe3b1696b1", "9bdc06a725c71235", "c19bf174cf692694", "e49b69c19ef14ad2", "efbe4786384f25e3", "0fc19dc68b8cd5b5", "240ca1cc77ac9c65",
  "2de92c6f592b0275", "4a7484aa6ea6e483", "5cb0a9dcbd41fbd4", "76f988da831153b5", "983e5152ee66dfab", "a831c66d2db43210", "b00327c898fb213f", "bf597fc7beef0ee4", "c6e00bf33da88fc2", "d5a79147930aa725",
  "06ca6351e003826f", "142929670a0e6e70", "27b70a8546d22ffc", "2e1b21385c26c926", "4d2c6dfc5ac42aed", "53380d139d95b3df", "650a73548baf63de", "766a0abb3c77b2a8", "81c2c92e47edaee6", "92722c851482353b",
  "a2bfe8a14cf10364", "a81a664bbc423001", "c24b8b70d0f89791", "c76c51a30654be30", "d192e819d6ef5218", "d69906245565a910", "f40e35855771202a", "106aa07032bbd1b8", "19a4c116b8d2d0c8", "1e376c085141ab53",
  "2748774cdf8eeb99", "34b0bcb5e19b48a8", "391c0cb3c5c95a63", "4ed8aa4ae3418acb", "5b9cca4f7763e373", "682e6ff3d6b2b8a3", "748f82ee5defb2fc", "78a5636f43172f60", "84c87814a1f0ab72", "8cc702081a6439ec",
  "90befffa23631e28", "a4506cebde82bde9", "bef9a3f7b2c67915", "c67178f2e372532b", "ca273eceea26619c", "d186b8c721c0c207", "eada7dd6cde0eb1e", "f57d4f7fee6ed178", "06f067aa72176fba", "0a637dc5a2c898a6",
  "113f9804bef90dae", "1b710b35131c471b", "28db77f523047d84", "32caab7b40c72493", "3c9ebe0a15c9bebc", "431d67c49c100d4c", "4cc5d4becb3e42b6", "597f299cfc657e2a", "5fcb6fab3ad6faec", "6c44198c4a475817",
].map((h) => BigInt("0x" + h));

export function sha512(msg: Uint8Array): string {
  const len = msg.length;
  const total = Math.ceil((len + 17) / 128) * 128;
  const buf = new Uint8Array(total);
  buf.set(msg);
  buf[len] = 0x80;
  const view = new DataView(buf.buffer);
  view.setBigUint64(total - 8, BigInt(len) * 8n);
  const r = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK64;
  const h = ["6a09e667f3bcc908", "bb67ae8584caa73b", "3c6ef372fe94f82b", "a54ff53a5f1d36f1", "510e527fade682d1", "9b05688c2b3e6c1f", "1f83d9abfb41bd6b", "5be0cd19137e2179"].map((x) => BigInt("0x" + x));
  const w = new Array<bigint>(80);
  for (let off = 0; off < total; off += 128) {
    for (let i = 0; i < 16; i++) w[i] = view.getBigUint64(off + i * 8);
    for (let i = 16; i < 80; i++) {
      const s0 = r(w[i - 15], 1n) ^ r(w[i - 15], 8n) ^ (w[i - 15] >> 7n);
      const s1 = r(w[i - 2], 19n) ^ r(w[i - 2], 61n) ^ (w[i - 2] >> 6n);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) & MASK64;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 80; i++) {
      const t1 = (hh + (r(e, 14n) ^ r(e, 18n) ^ r(e, 41n)) + ((e & f) ^ (~e & MASK64 & g)) + SHA512_K[i] + w[i]) & MASK64;
      const t2 = ((r(a, 28n) ^ r(a, 34n) ^ r(a, 39n)) + ((a & b) ^ (a & c) ^ (b & c))) & MASK64;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK64;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK64;
    }
    const add = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i] + add[i]) & MASK64;
  }
  return h.map((x) => x.toString(16).padStart(16, "0")).join("");
}

const DIGESTS: Record<string, (b: Uint8Array) => string> = { md5sum: md5, sha1sum: sha1, sha256sum: sha256, sha512sum: sha512 };

function digestOf(ctx: AppletContext, name: string, file: string, digest: (b: Uint8Array) => string): string | null {
  const src = source(ctx, file);
  if ("error" in src) {
    ctx.err.write(`${name}: can't open '${file}': ${src.error === "dir" ? "Is a directory" : "No such file or directory"}\n`);
    return null;
  }
  return digest(utf8Bytes(src.text));
}

/** md5sum / sha1sum / sha256sum / sha512sum [-c [-s] [-w]] [FILE]... */
export function hashsum(ctx: AppletContext): number {
  const name = ctx.argv[0].slice(ctx.argv[0].lastIndexOf("/") + 1);
  const digest = DIGESTS[name];
  const o = getopt(ctx.argv.slice(1), "scwbt");
  if (o.bad !== undefined) return fail(ctx, name, `invalid option -- '${o.bad}'`);
  const check = o.flags.has("c");
  if (!check && (o.flags.has("s") || o.flags.has("w"))) {
    ctx.err.write(`Usage: ${name} [-c[sw]] [FILE]...\n`);
    return 1;
  }
  let status = 0;
  for (const file of o.operands.length ? o.operands : ["-"]) {
    if (!check) {
      const d = digestOf(ctx, name, file, digest);
      if (d === null) status = 1;
      else ctx.out.write(`${d}  ${file}\n`);
      continue;
    }
    const list = source(ctx, file);
    if ("error" in list) return fail(ctx, name, `can't open '${file}': No such file or directory`);
    let total = 0;
    let failed = 0;
    for (const line of lines(list.text)) {
      total++;
      const sp = line.indexOf(" ");
      if (sp < 0) {
        if (o.flags.has("w")) ctx.err.write(`${name}: invalid format\n`);
        failed++;
        status = 1;
        continue;
      }
      let target = line.slice(sp + 1);
      if (target[0] === " " || target[0] === "*") target = target.slice(1);
      const d = digestOf(ctx, name, target, digest);
      const ok = d !== null && d === line.slice(0, sp);
      if (!o.flags.has("s")) ctx.out.write(`${target}: ${ok ? "OK" : "FAILED"}\n`);
      if (!ok) {
        failed++;
        status = 1;
      }
    }
    if (failed && !o.flags.has("s")) ctx.err.write(`${name}: WARNING: ${failed} of ${total} computed checksums did NOT match\n`);
    if (total === 0) {
      status = 1;
      ctx.err.write(`${name}: ${file}: no checksum lines found\n`);
    }
  }
  return status;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** base64 [-d] [-w COL] [FILE]: 76 columns unless -w says otherwise (0: one line). */
export function base64(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "diw:");
  if (o.bad !== undefined) return fail(ctx, "base64", `invalid option -- '${o.bad}'`);
  if (o.operands.length > 1) {
    ctx.err.write("Usage: base64 [-d] [-w COL] [FILE]\n");
    return 1;
  }
  const file = o.operands[0] ?? "-";
  const src = source(ctx, file);
  if ("error" in src) return fail(ctx, "base64", `can't open '${file}': ${src.error === "dir" ? "Is a directory" : "No such file or directory"}`);
  if (o.flags.has("d")) {
    const bytes: number[] = [];
    let acc = 0;
    let bits = 0;
    for (const c of src.text) {
      if (c === "=") break;
      const v = B64.indexOf(c);
      if (v < 0) continue;
      acc = (acc << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        bytes.push((acc >> bits) & 0xff);
      }
    }
    ctx.out.write(utf8Text(Uint8Array.from(bytes)));
    return 0;
  }
  const col = o.flags.has("w") ? Number(o.flags.get("w")) : 76;
  if (!Number.isInteger(col) || col < 0) return fail(ctx, "base64", `invalid number '${o.flags.get("w")}'`);
  const b = utf8Bytes(src.text);
  let enc = "";
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    enc += B64[n >> 18] + B64[(n >> 12) & 63] + (i + 1 < b.length ? B64[(n >> 6) & 63] : "=") + (i + 2 < b.length ? B64[n & 63] : "=");
  }
  if (!enc) return 0;
  const wrapped = col > 0 ? enc.match(new RegExp(`.{1,${col}}`, "g"))!.join("\n") : enc;
  ctx.out.write(wrapped + "\n");
  return 0;
}
