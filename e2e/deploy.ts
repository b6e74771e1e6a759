// A stand-in for GitHub Pages across a deploy: a static server whose site can be swapped for another
// build while pages of the first are open, and a second build made from the first.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize } from 'node:path';
import { BASE_PATH } from '../playwright.config.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
};

/** Serves `site` under the base path until stopped; `deploy` replaces what it serves, as a deploy does. */
export async function servedSite(site: string) {
  let root = site;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const inside = path.startsWith(BASE_PATH) ? path.slice(BASE_PATH.length) : undefined;
    const file = inside === undefined ? undefined : join(root, normalize(inside || 'index.html'));
    if (!file || !file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    deploy: (next: string) => void (root = next),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Another build of the same app, as the next deploy would bring: every hashed file under a new name (the
 * old names are gone from the site) and a service worker of a new version.
 */
export function nextBuild(site: string): string {
  const next = mkdtempSync(join(tmpdir(), 'kms-next-build-'));
  cpSync(site, next, { recursive: true });
  // Every script, in assets/ and in each language's folder under it.
  const scripts = readdirSync(join(next, 'assets'), { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.js'),
  );
  const renamed = scripts.map((file) => [file, file.replace(/\.js$/, 'n.js')] as const);
  for (const [from, to] of renamed) renameSync(join(next, 'assets', from), join(next, 'assets', to));
  const textFiles = [
    'index.html',
    'zh-CN/index.html',
    'sw.js',
    ...renamed.map(([, to]) => join('assets', to)),
  ];
  for (const file of textFiles) {
    let text = readFileSync(join(next, file), 'utf8');
    for (const [from, to] of renamed) text = text.replaceAll(basename(from), basename(to));
    if (file === 'sw.js') text = text.replace(/kms-error-explorer-([0-9a-f]+)/, 'kms-error-explorer-$1-next');
    writeFileSync(join(next, file), text);
  }
  return next;
}
