// Sẵn Sàng service worker: makes the app usable offline after the first visit.
// It only ever fetches files of the app's own origin and scope; it never sees user data (that stays in
// LocalStorage). File names carry content hashes, so on install it reads index.html to learn the current ones.
'use strict';

const CACHE = 'sansang-app';
const SCOPE = new URL('./', self.location).href;

async function currentShell() {
  const response = await fetch(SCOPE, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`index.html: HTTP ${response.status}`);
  const html = await response.clone().text();
  const urls = new Set([SCOPE, new URL('sw.js', SCOPE).href]);
  for (const match of html.matchAll(/(?:href|src)="(\.\/[^"]+)"/g)) {
    urls.add(new URL(match[1], SCOPE).href);
  }
  // Every content file (the structure and the text parts of both languages), listed by `sansang bundle`:
  // the app fetches them on demand, and offline use needs them all.
  const index = await fetch(new URL('content/files.txt', SCOPE).href, { cache: 'no-cache' });
  if (!index.ok) throw new Error(`content/files.txt: HTTP ${index.status}`);
  for (const file of (await index.text()).split('\n').filter(Boolean)) {
    urls.add(new URL(`content/${file}`, SCOPE).href);
  }
  urls.add(new URL('content/files.txt', SCOPE).href);
  // The on-demand worker (loaded by the app on first use): its loader and the files it imports (trunk does not hash a worker's names: network first, like content/).
  const worker = await fetch(new URL('sansang-worker_loader.js', SCOPE).href, { cache: 'no-cache' });
  if (worker.ok) {
    urls.add(new URL('sansang-worker_loader.js', SCOPE).href);
    for (const match of (await worker.text()).matchAll(/"(\.\/[^"]+\.(?:js|wasm))"/g)) {
      urls.add(new URL(match[1], SCOPE).href);
    }
  }
  // The loader imports the wasm module next to the JS glue: add it explicitly.
  for (const match of html.matchAll(/'(\.\/[^']+\.(?:wasm|js))'/g)) {
    urls.add(new URL(match[1], SCOPE).href);
  }
  return { response, urls };
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const { response, urls } = await currentShell();
    await cache.put(SCOPE, response);
    await cache.addAll([...urls].filter((u) => u !== SCOPE));
    // Forget files of earlier builds.
    for (const request of await cache.keys()) {
      if (!urls.has(request.url)) await cache.delete(request);
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const hashed = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(new URL(request.url).pathname);
  if (!hashed) {
    // Network first for the page and for files whose names do not change (content/, the manifest), so a
    // new version arrives; the cached copy when offline.
    const key = request.mode === 'navigate' ? SCOPE : request;
    event.respondWith((async () => {
      try {
        const fresh = await fetch(request);
        if (fresh.ok) (await caches.open(CACHE)).put(key, fresh.clone());
        return fresh;
      } catch {
        return (await caches.match(key)) ?? Response.error();
      }
    })());
    return;
  }
  // Hashed assets never change: cache first.
  event.respondWith((async () => {
    const cached = await caches.match(request);
    if (cached) return cached;
    const fresh = await fetch(request);
    if (fresh.ok) (await caches.open(CACHE)).put(request, fresh.clone());
    return fresh;
  })());
});
