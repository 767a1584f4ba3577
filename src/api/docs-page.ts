import { html, raw } from 'hono/html';
import { assetUrl } from '../web/assets.ts';

/**
 * A self-contained API reference rendered from the OpenAPI document: no CDN, so it
 * works offline and inside a corporate network.
 */
export function docsPage(doc: { paths?: object }) {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, { summary?: string; description?: string }>>;
  const rows = Object.entries(paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => html`<tr><td><code>${method.toUpperCase()}</code></td><td><code>${path}</code></td><td>${op.summary ?? ''}${op.description ? html`<br /><small>${op.description}</small>` : ''}</td></tr>`),
  );
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>txtriage API</title>
<link rel="stylesheet" href="${assetUrl('app.css')}" /></head>
<body class="docs"><main class="wrap"><h1>txtriage API</h1><p>The machine-readable contract is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are <code>application/problem+json</code> with a stable <code>code</code>.</p>
<table>${raw(rows.map(String).join(''))}</table></main></body></html>`;
}
