/** A static file server for a production build, shared by `npm run lighthouse` and `npm run bench`. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types for what a build holds; Pagefind's index files are compressed by Pagefind itself. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.py': 'text/x-python; charset=utf-8',
  '.ipynb': 'application/x-ipynb+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/**
 * Serves a build folder under `base` the way a static host does, on `port` of 127.0.0.1 (a free one by default): a folder's index.html, a redirect to the trailing slash,
 * 404.html with status 404, gzip for text, and Astro's content-hashed `_astro/` files cached for good.
 */
export function serveStatic(dist: string, base = '/', port = 0): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = '';
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      // A malformed escape is a missing page.
    }
    let file = pathname.startsWith(base) ? path.join(dist, pathname.slice(base.length)) : '';
    if (path.relative(dist, file).startsWith('..')) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    let status = 200;
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = path.join(dist, '404.html');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const immutable = path.relative(dist, file).startsWith(`_astro${path.sep}`);
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    let body = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
    if (/^(text\/|application\/(json|xml|x-ipynb|manifest)|image\/svg)/.test(type)) {
      headers['Vary'] = 'Accept-Encoding';
      if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
    }
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
