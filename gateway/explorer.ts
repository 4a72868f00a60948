import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * GraphiQL served from the hub's own node_modules, so the explorer works without internet (Apollo's default
 * landing page loads its code from a CDN). Only outside production; the gateway disables it there.
 */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** A file inside an installed package (the UMD builds are not in the packages' `exports`). */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** A caller the development explorer can sign in as (the claims of `npm run token`). */
export interface ExplorerCaller {
  /** What the picker shows, e.g. `citizen 1101025002870001`. */
  label: string;
  role: string;
  nik?: string;
  client?: string;
  purpose?: string;
}

/**
 * Development sign-on for the explorer: the page fetches a short-lived token for the caller picked from
 * `callers` at `/explorer/token` and fetches a new one before it ends. The launcher decides who the callers are
 * and which issuer signs (app/start.ts); a token is handed only to this machine.
 */
export interface ExplorerSignOn {
  /** The callers offered; the first is signed in when the page opens. */
  callers: readonly ExplorerCaller[];
  /** A token for one of the callers, and how many seconds it is valid. */
  mint(caller: ExplorerCaller): Promise<{ token: string; expiresInSeconds: number }>;
}

interface ExplorerOptions {
  /** Path GraphQL is served on; a browser's GET there shows the explorer. Default `/graphql`. */
  graphqlPath?: string;
  /** The query shown when the explorer opens. */
  defaultQuery?: string;
  /** Sign-on for the page (development, loopback only). None: the user sets an Authorization header. */
  signOn?: ExplorerSignOn;
}

const CALLER_FIELDS = ['role', 'nik', 'client', 'purpose'] as const;

/** The token endpoint's query string for a caller: its claims, nothing else. */
function callerQuery(caller: ExplorerCaller): string {
  const params = new URLSearchParams();
  for (const field of CALLER_FIELDS) if (caller[field] !== undefined) params.set(field, caller[field]);
  return params.toString();
}

/** Whether a peer address is this machine (IPv4 loopback, also as IPv4-mapped IPv6, or ::1). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return v4 === '::1' || /^127(\.[0-9]{1,3}){3}$/.test(v4);
}

/** Whether a Host header names this machine: a page on another name (DNS rebinding) gets no token. */
function isLoopbackHostHeader(host: string | undefined): boolean {
  const name = /^(\[[^\]]*\]|[^:]*)(:[0-9]+)?$/.exec(host ?? '')?.[1]?.toLowerCase();
  return name === 'localhost' || name === '[::1]' || (name !== undefined && /^127(\.[0-9]{1,3}){3}$/.test(name));
}

function page(graphqlPath: string, defaultQuery: string, callers: { label: string; query: string }[]): string {
  const config = JSON.stringify({ url: graphqlPath, defaultQuery, callers }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Citizen 360 hub explorer</title>
<link rel="stylesheet" href="/explorer/graphiql.css" />
<style>
  body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  #caller { display: flex; gap: 8px; align-items: center; padding: 4px 12px; font-size: 13px;
    border-bottom: 1px solid #ddd; }
  #caller[hidden] { display: none; }
  #graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<div id="caller" hidden>
  <label for="caller-pick">Signed in as</label>
  <select id="caller-pick"></select>
  <span id="caller-status" role="status"></span>
</div>
<div id="graphiql">Loading the explorer...</div>
<script src="/explorer/react.js"></script>
<script src="/explorer/react-dom.js"></script>
<script src="/explorer/graphiql.js"></script>
<script>
  const config = ${config};
  const pick = document.getElementById('caller-pick');
  const status = document.getElementById('caller-status');
  // The token of the picked caller: fetched from this hub (development, this machine only), renewed when four
  // fifths of its life have passed, and fetched again at once when a request finds it (nearly) ended (a tab in
  // the background may run its timers late).
  let picked = 0;
  let token;
  let renew;
  function fetchToken() {
    const caller = config.callers[picked];
    clearTimeout(renew);
    token = fetch('/explorer/token?' + caller.query, { cache: 'no-store' })
      .then((response) => {
        if (!response.ok) throw new Error('the hub gave no token (HTTP ' + response.status + ')');
        return response.json();
      })
      .then((body) => {
        const ends = Date.now() + body.expiresInSeconds * 1000;
        status.textContent = 'token valid until ' + new Date(ends).toLocaleTimeString();
        const lifetime = body.expiresInSeconds * 1000;
        renew = setTimeout(fetchToken, Math.max(5000, Math.min(lifetime * 0.8, lifetime - 60000)));
        return { value: body.token, ends };
      })
      .catch((error) => {
        status.textContent = 'not signed in: ' + error.message;
        token = undefined;
        throw error;
      });
    return token;
  }
  async function bearer() {
    const current = token && (await token.catch(() => undefined));
    if (current && current.ends - Date.now() > 30000) return current.value;
    return (await fetchToken()).value;
  }
  if (config.callers.length > 0) {
    config.callers.forEach((caller, index) => pick.add(new Option(caller.label, String(index))));
    pick.addEventListener('change', () => {
      picked = Number(pick.value);
      fetchToken().catch(() => undefined);
    });
    document.getElementById('caller').hidden = false;
    fetchToken().catch(() => undefined);
  }
  const fetcher = GraphiQL.createFetcher({
    url: config.url,
    // An Authorization header set in the Headers tab wins over the picked caller's.
    fetch: async (input, init) => {
      const headers = Object.assign({}, init && init.headers);
      const own = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
      if (config.callers.length > 0 && !own) headers.Authorization = 'Bearer ' + (await bearer());
      return fetch(input, Object.assign({}, init, { headers }));
    },
  });
  ReactDOM.createRoot(document.getElementById('graphiql'))
    .render(React.createElement(GraphiQL, { fetcher, defaultQuery: config.defaultQuery }));
</script>
</body>
</html>`;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('cache-control', 'no-store');
  response.end(JSON.stringify(body));
}

/** Returns the explorer's route handler for the HTTP layer. */
export function explorerRoutes(options: ExplorerOptions = {}) {
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const signOn = options.signOn;
  const callers = (signOn?.callers ?? []).map((caller) => ({ label: caller.label, query: callerQuery(caller) }));
  const html = page(graphqlPath, options.defaultQuery ?? '{\n  __typename\n}\n', callers);
  const cache = new Map<string, Buffer>();

  /**
   * GET /explorer/token?role=...&nik=...: a token for one of the offered callers, to a request from this machine
   * addressed to a loopback name only (another machine, or a page that reached the hub through a name of its own,
   * gets 403; a browser tab of another origin cannot read the answer: it carries no CORS header).
   */
  const token = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    if (!fromThisMachine(request, response)) return;
    const caller = signOn!.callers.find((offered) => callerQuery(offered) === callerQuery(paramsOf(url)));
    if (!caller)
      return sendJson(response, 400, {
        errors: [{ message: 'Not a caller the explorer offers', extensions: { code: 'BAD_REQUEST' } }],
      });
    const minted = await signOn!.mint(caller);
    sendJson(response, 200, { token: minted.token, expiresInSeconds: minted.expiresInSeconds });
  };

  const fromThisMachine = (request: IncomingMessage, response: ServerResponse): boolean => {
    const fetchSite = request.headers['sec-fetch-site'];
    if (
      isLoopbackAddress(request.socket.remoteAddress) &&
      isLoopbackHostHeader(request.headers.host) &&
      (fetchSite === undefined || fetchSite === 'same-origin' || fetchSite === 'none')
    )
      return true;
    sendJson(response, 403, {
      errors: [{ message: 'Development sign-in is served to this machine only', extensions: { code: 'FORBIDDEN' } }],
    });
    return false;
  };

  /**
   * The web app's development sign-in: GET /explorer/callers lists the callers offered (by number), and POST
   * /explorer/session with `{ "caller": <number> }` gives a token for one; a NIK never travels in a URL.
   */
  const session = async (request: IncomingMessage, response: ServerResponse) => {
    if (!fromThisMachine(request, response)) return;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > 1024) break;
      chunks.push(chunk);
    }
    let picked: unknown;
    try {
      picked = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { caller?: unknown }).caller;
    } catch {
      picked = undefined;
    }
    const caller = typeof picked === 'number' ? signOn!.callers[picked] : undefined;
    if (!caller)
      return sendJson(response, 400, {
        errors: [{ message: 'Not a caller the sign-in offers', extensions: { code: 'BAD_REQUEST' } }],
      });
    const minted = await signOn!.mint(caller);
    sendJson(response, 200, {
      token: minted.token,
      expiresInSeconds: minted.expiresInSeconds,
      caller: { label: caller.label, role: caller.role },
    });
  };

  const failed = (response: ServerResponse) => () => {
    if (!response.headersSent)
      sendJson(response, 500, {
        errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
  };

  return (request: IncomingMessage, response: ServerResponse, url: URL): boolean => {
    if (signOn && url.pathname === '/explorer/session' && request.method === 'POST') {
      session(request, response).catch(failed(response));
      return true;
    }
    if (request.method !== 'GET') return false;
    if (signOn && url.pathname === '/explorer/callers') {
      if (fromThisMachine(request, response))
        sendJson(response, 200, {
          callers: signOn.callers.map((caller, index) => ({ id: index, label: caller.label, role: caller.role })),
        });
      return true;
    }
    if (url.pathname === graphqlPath) {
      const wantsHtml = (request.headers.accept ?? '').includes('text/html');
      if (!wantsHtml || url.search) return false;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(html);
      return true;
    }
    if (url.pathname === '/explorer/token' && signOn) {
      token(request, response, url).catch(failed(response));
      return true;
    }
    const name = url.pathname.startsWith('/explorer/') ? url.pathname.slice('/explorer/'.length) : undefined;
    const asset = name ? ASSETS[name] : undefined;
    if (!name || !asset) return false;
    let body = cache.get(name);
    if (!body) {
      body = readFileSync(packageFile(asset.pkg, asset.file));
      cache.set(name, body);
    }
    response.setHeader('content-type', `${asset.type}; charset=utf-8`);
    response.setHeader('cache-control', 'public, max-age=86400');
    response.end(body);
    return true;
  };
}

/** The caller a token request names (only the fields a caller has). */
function paramsOf(url: URL): ExplorerCaller {
  const caller: ExplorerCaller = { label: '', role: url.searchParams.get('role') ?? '' };
  for (const field of ['nik', 'client', 'purpose'] as const) {
    const value = url.searchParams.get(field);
    if (value !== null) caller[field] = value;
  }
  return caller;
}
