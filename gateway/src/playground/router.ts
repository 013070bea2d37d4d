import { createHash, randomBytes } from 'node:crypto';
import express, { type RequestHandler, type Router } from 'express';
import { playgroundAssetNames, playgroundAssets } from './assets.js';
import type { PlaygroundExample } from './examples.js';

/**
 * Offline GraphiQL for the gateway: React, ReactDOM and GraphiQL come from node_modules,
 * never from a CDN.
 *
 * Mounting (in the gateway): `app.use(playgroundRouter({ endpoint: '/graphql', examples }))`
 * at the app ROOT and BEFORE the Apollo middleware on `/graphql`. The router serves
 * `/playground/assets/<name>` and answers `GET /graphql` only when the client prefers HTML
 * (`req.accepts(['application/json', 'text/html']) === 'text/html'`, i.e. a browser
 * navigation); every other request (JSON GETs, POSTs, curl's default Accept) falls through via
 * `next()` to Apollo. Also disable Apollo's own landing page
 * (`ApolloServerPluginLandingPageDisabled()`): its default one loads Apollo Sandbox from a CDN.
 * `playgroundPage(options)` is the same Accept-checking handler on its own, for custom mounting.
 */

export const PLAYGROUND_ASSETS_PATH = '/playground/assets';

export interface PlaygroundOptions {
  /** Path of the GraphQL endpoint on this same origin, e.g. `/graphql`. */
  endpoint: string;
  examples: PlaygroundExample[];
  title?: string;
}

export function playgroundRouter(options: PlaygroundOptions): Router {
  const assets = playgroundAssets();
  const router = express.Router();

  router.get(`${PLAYGROUND_ASSETS_PATH}/:name`, (req, res, next) => {
    const asset = assets.get(req.params.name);
    if (!asset) {
      res.sendStatus(404);
      return;
    }
    res.setHeader('Content-Type', asset.contentType);
    res.sendFile(
      asset.file,
      // Names carry the package version, so a year-long immutable cache is safe.
      { maxAge: asset.immutable ? '365d' : '1h', immutable: asset.immutable, dotfiles: 'allow' },
      (error) => {
        if (error && !res.headersSent) next(error);
      },
    );
  });
  router.get(options.endpoint, playgroundPage(options));
  return router;
}

/** Serves the page when the client prefers HTML over JSON; otherwise `next()`. */
export function playgroundPage(options: PlaygroundOptions): RequestHandler {
  if (!options.endpoint.startsWith('/')) {
    // The CSP only allows connecting to 'self', so a cross-origin endpoint would be blocked.
    throw new Error(`playground endpoint must be a path on this origin, got ${options.endpoint}`);
  }
  return (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) !== 'text/html') {
      next();
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    res.set({
      'Content-Security-Policy': playgroundCsp(nonce),
      // The nonce is per response: a cached copy would replay it. Same URL also serves JSON.
      'Cache-Control': 'no-store',
      Vary: 'Accept',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.type('html').send(renderPlaygroundHtml({ ...options, nonce }));
  };
}

/**
 * GraphiQL 3.9's UMD build needs no eval. Its only runtime-injected <style> (react-remove-scroll,
 * used by dialogs) takes its nonce from the global `__webpack_nonce__`, which the page sets, so
 * neither 'unsafe-eval' nor 'unsafe-inline' is needed. Fonts and icons are data: URIs in the CSS.
 */
export function playgroundCsp(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "img-src data:",
    "font-src data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function renderPlaygroundHtml(options: PlaygroundOptions & { nonce: string }): string {
  const names = playgroundAssetNames();
  const asset = (name: string): string => escapeHtml(`${PLAYGROUND_ASSETS_PATH}/${name}`);
  const nonce = escapeHtml(options.nonce);
  const tabs = options.examples.map(({ query, variables }) => ({ query, variables }));
  const config = {
    endpoint: options.endpoint,
    tabs,
    examplesVersion: createHash('sha256').update(JSON.stringify(tabs)).digest('hex').slice(0, 16),
  };

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title ?? 'GraphQL playground')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset(names.graphiqlCss)}" nonce="${nonce}">
<style nonce="${nonce}">html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading…</div>
<script src="${asset(names.react)}" nonce="${nonce}"></script>
<script src="${asset(names.reactDom)}" nonce="${nonce}"></script>
<script src="${asset(names.graphiqlJs)}" nonce="${nonce}"></script>
<script nonce="${nonce}">
(() => {
  const config = ${jsonForScript(config)};
  window.__webpack_nonce__ = document.currentScript.nonce;
  // GraphiQL ignores defaultTabs once it has stored tabs; drop them when the examples change
  // so a deploy with new examples shows them (at the cost of the user's open tabs).
  try {
    if (localStorage.getItem('playground:examplesVersion') !== config.examplesVersion) {
      localStorage.removeItem('graphiql:tabState');
      localStorage.setItem('playground:examplesVersion', config.examplesVersion);
    }
  } catch {}
  const props = {
    fetcher: GraphiQL.createFetcher({ url: config.endpoint }),
    defaultEditorToolsVisibility: true,
    isHeadersEditorEnabled: true,
    // Bearer tokens pasted in the headers editor stay out of localStorage.
    shouldPersistHeaders: false,
  };
  if (config.tabs.length > 0) props.defaultTabs = config.tabs;
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
</script>
</body>
</html>
`;
}

/** JSON that cannot end its <script> element or break out of a JS string literal. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
