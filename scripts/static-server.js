// A tiny static file server on loopback, for the embed tests and the benchmark: it
// serves the project folder (dist/, node_modules/, test pages) and nothing else.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1 at a free port.
 * @param {string} root absolute path of the folder to serve
 * @param {{ redirects?: Record<string, string>, gzip?: boolean, cors?: boolean }} [options] `redirects`: paths
 *   answered with a 302 to another path, as a CDN answers a version range or an unversioned
 *   link; `gzip`: bodies gzipped for a browser that accepts it, as a CDN sends them (what a
 *   throttled network then carries is what a phone downloads); `cors`: every file readable
 *   from any origin (`Access-Control-Allow-Origin: *`), as jsDelivr and unpkg serve them
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, { redirects = {}, gzip = false, cors = false } = {}) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://x');
    if (redirects[pathname]) {
      response.writeHead(302, { location: redirects[pathname], 'cache-control': 'no-store' }).end();
      return;
    }
    const path = normalize(join(root, decodeURIComponent(pathname)));
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      const zipped = gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(zipped ? { 'content-encoding': 'gzip' } : {}),
        ...(cors ? { 'access-control-allow-origin': '*' } : {}),
      });
      response.end(zipped ? gzipSync(body, { level: 9 }) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
