import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';

/**
 * The pages' only static files, read once at start-up and served by the app itself (no
 * CDN, no web font: pages work offline and inside a corporate network). URLs carry a
 * content hash, so browsers may cache them for good and never see a stale one.
 */
const files = {
  'app.css': 'text/css; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'icon.svg': 'image/svg+xml',
} as const;

export type AssetName = keyof typeof files;

const loaded = Object.fromEntries(
  (Object.keys(files) as AssetName[]).map((name) => {
    const body = readFileSync(new URL(`./assets/${name}`, import.meta.url));
    return [name, { body, version: createHash('sha256').update(body).digest('hex').slice(0, 12) }];
  }),
) as Record<AssetName, { body: Buffer; version: string }>;

export function assetUrl(name: AssetName): string {
  return `/assets/${name}?v=${loaded[name].version}`;
}

export function assetRoutes() {
  return new Hono().get('/assets/:name', (c) => {
    const name = c.req.param('name') as AssetName;
    if (!Object.hasOwn(files, name)) return c.notFound();
    return c.body(new Uint8Array(loaded[name].body), 200, { 'content-type': files[name], 'cache-control': 'public, max-age=31536000, immutable' });
  });
}
