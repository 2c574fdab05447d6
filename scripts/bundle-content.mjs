// Writes the content bundle the app loads on demand: every questionnaire and source file (schemas excluded),
// minified, as {"format": "sansang.content", "version": 1, "files": [[path, text], ...]}.
// The app validates it with the same loader as `sansang check`; the domain tests validate the same files.
//   node scripts/bundle-content.mjs OUT_FILE
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2];
if (!out) { console.error('usage: node scripts/bundle-content.mjs OUT_FILE'); process.exit(2); }
const files = [];
for (const dir of ['questionnaires', 'seeds']) {
  for (const name of readdirSync(join(root, dir)).sort()) {
    if (!name.endsWith('.json') || name.endsWith('.schema.json')) continue;
    const path = `${dir}/${name}`;
    const text = readFileSync(join(root, path), 'utf8');
    let value;
    try { value = JSON.parse(text); } catch (e) { console.error(`${path}: ${e.message}`); process.exit(1); }
    files.push([path, JSON.stringify(value)]);
  }
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ format: 'sansang.content', version: 1, files }));
console.log(`content bundle: ${files.length} files -> ${out}`);
