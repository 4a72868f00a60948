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

interface ExplorerOptions {
  /** Path GraphQL is served on; a browser's GET there shows the explorer. Default `/graphql`. */
  graphqlPath?: string;
  /** The query shown when the explorer opens. */
  defaultQuery?: string;
  /** Headers the explorer opens with, e.g. a development bearer token. */
  defaultHeaders?: Record<string, string>;
}

function page(graphqlPath: string, defaultQuery: string, defaultHeaders: string | undefined): string {
  const config = JSON.stringify({ url: graphqlPath, defaultQuery, defaultHeaders }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Citizen 360 hub explorer</title>
<link rel="stylesheet" href="/explorer/graphiql.css" />
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading the explorer...</div>
<script src="/explorer/react.js"></script>
<script src="/explorer/react-dom.js"></script>
<script src="/explorer/graphiql.js"></script>
<script>
  const config = ${config};
  const fetcher = GraphiQL.createFetcher({ url: config.url });
  ReactDOM.createRoot(document.getElementById('graphiql'))
    .render(React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: config.defaultQuery,
      defaultHeaders: config.defaultHeaders,
    }));
</script>
</body>
</html>`;
}

/** Returns the explorer's route handler for the HTTP layer. */
export function explorerRoutes(options: ExplorerOptions = {}) {
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const headers = options.defaultHeaders ? JSON.stringify(options.defaultHeaders, null, 2) : undefined;
  const html = page(graphqlPath, options.defaultQuery ?? '{\n  __typename\n}\n', headers);
  const cache = new Map<string, Buffer>();

  return (request: IncomingMessage, response: ServerResponse, url: URL): boolean => {
    if (request.method !== 'GET') return false;
    if (url.pathname === graphqlPath || url.pathname === '/') {
      const wantsHtml = (request.headers.accept ?? '').includes('text/html');
      if (!wantsHtml || url.search) return false;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(html);
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
