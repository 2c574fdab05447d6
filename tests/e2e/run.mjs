// End-to-end tests: serve a built dist/ from a sub-path of a local static server and drive it in headless
// Chromium (Debian's /usr/bin/chromium through playwright-core; nothing is downloaded).
//   node tests/e2e/run.mjs [DIST] [FILTER]
// Prints one line per test and finally "e2e: N passed, N failed"; exits 1 on any failure.
import { tests, test, closeAll, served, BASE_PATH, assert, assertEq } from './lib.mjs';
import './shell.mjs';
import './assessment.mjs';
import './data.mjs';
import './loading.mjs';

// Last, so that it sees every request the other tests caused.
test('every served file came from under the sub-path (relative URLs only)', async () => {
  const stray = served.filter((p) => !p.startsWith(BASE_PATH));
  assert(served.length > 0, 'the server saw requests');
  assertEq(stray.join(', '), '', 'requests outside the sub-path');
});

const filter = process.argv[3] ?? '';
let passed = 0, failed = 0;
for (const { name, fn } of tests.filter((t) => t.name.includes(filter))) {
  try {
    await fn();
    passed++;
    console.log(`ok   - ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL - ${name}\n       ${String(error.message ?? error).replaceAll('\n', '\n       ')}`);
  }
}
await closeAll();
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
