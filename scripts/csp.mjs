// Adds the Content-Security-Policy to a built index.html. trunk writes one inline module script (the loader of
// the wasm module); the policy allows exactly that script by its SHA-256 hash, the app's own files, and wasm
// compilation, and nothing else: no inline code, no other origin, no outbound connection.
//   node scripts/csp.mjs dist/index.html
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const file = process.argv[2];
if (!file) { console.error('usage: node scripts/csp.mjs INDEX_HTML'); process.exit(2); }
let html = readFileSync(file, 'utf8');
const scripts = [...html.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim());
if (scripts.length === 0) { console.error('csp: no inline script found (did the trunk output change?)'); process.exit(1); }
const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
html = html.replace(/(<meta charset="utf-8"\s*\/?>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
if (!html.includes('Content-Security-Policy')) { console.error('csp: <meta charset> not found'); process.exit(1); }
writeFileSync(file, html);
console.log(`csp: ${scripts.length} inline script(s) allowed by hash`);
