import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The policy every page of the web app runs under: its own scripts, styles, fonts and images only, requests to
 * its own origin only (and to the identity provider's, when it signs in through one), never framed. No inline
 * script or style is allowed, so an injected one does not run.
 */
export function contentSecurityPolicy(connectSources: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectSources].join(' '),
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

interface File {
  body: Buffer;
  type: string;
  /** Fingerprinted by the build (assets/name-hash.ext): cached for a year; anything else is revalidated. */
  immutable: boolean;
}

/**
 * Serves a built single-page app (web/dist) from memory: every file under `root` at its path, and `index.html`
 * for any other GET of a page (`Accept: text/html`) outside `reserved` paths, so the app's own routes load it.
 * `config` is served as `/config.json` (how the app signs in); `connectSources` are the origins beyond its own
 * its pages may call. Returns the route handler for the HTTP layer, or undefined when nothing is built in `root`.
 */
export function staticSite(
  root: string,
  reserved: readonly string[] = [],
  options: { config?: Record<string, unknown>; connectSources?: readonly string[] } = {},
) {
  if (!existsSync(join(root, 'index.html'))) return undefined;
  const files = new Map<string, File>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const url = `/${relative(root, path).split(sep).join('/')}`;
        files.set(url, {
          body: readFileSync(path),
          type: TYPES[extname(name)] ?? 'application/octet-stream',
          immutable: url.startsWith('/assets/'),
        });
      }
    }
  };
  walk(root);
  const index = files.get('/index.html')!;
  if (options.config)
    files.set('/config.json', {
      body: Buffer.from(JSON.stringify(options.config)),
      type: TYPES['.json'],
      immutable: false,
    });
  const policy = contentSecurityPolicy(options.connectSources);

  return (request: IncomingMessage, response: ServerResponse, url: URL): boolean => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    if (reserved.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`))) return false;
    // Paths are looked up, never joined to the disk: nothing outside the build can be named.
    let file = files.get(url.pathname);
    if (!file || file === index) {
      if (url.pathname !== '/' && !(request.headers.accept ?? '').includes('text/html') && !file) return false;
      file = index;
    }
    response.setHeader('content-security-policy', policy);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    response.setHeader('content-type', file.type);
    response.setHeader('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    response.setHeader('content-length', file.body.length);
    response.end(request.method === 'HEAD' ? undefined : file.body);
    return true;
  };
}
