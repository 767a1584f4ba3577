import type { Child } from 'hono/jsx';
import type { Lang } from '../../chains/types.ts';
import { assetUrl } from './assets.ts';
import { strings } from './strings.ts';

export interface LayoutProps {
  lang: Lang;
  title: string;
  demo: boolean;
  /** Where the language switch leads: the same page in each language. */
  langHref: Record<Lang, string>;
  /** Console pages are wider (tables, two columns). */
  wide?: boolean;
  /** Check again after this many seconds (pending transactions), without script. */
  refresh?: { seconds: number; url: string };
  /** Extra header controls (the console's sign-out button). */
  headerExtra?: Child;
  brandHref?: string;
  children?: Child;
}

/** The page shell: one stylesheet, one deferred script, no inline script or style. */
export function Layout(p: LayoutProps) {
  const t = strings[p.lang];
  return (
    <html lang={t.htmlLang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {p.refresh ? <meta http-equiv="refresh" content={`${p.refresh.seconds};url=${p.refresh.url}`} /> : null}
        {/* Status URLs carry hashes and addresses: keep them out of search engines and referrers. */}
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="same-origin" />
        <title>{p.title}</title>
        <link rel="icon" href={assetUrl('icon.svg')} type="image/svg+xml" />
        <link rel="stylesheet" href={assetUrl('app.css')} />
        <script src={assetUrl('app.js')} defer></script>
      </head>
      <body class={p.wide ? 'wide' : undefined}>
        <a class="skip" href="#main">
          {t.skipToContent}
        </a>
        <header class="top">
          <div class="wrap">
            <a class="brand" href={p.brandHref ?? `/?lang=${p.lang}`}>
              <img src={assetUrl('icon.svg')} alt="" width="24" height="24" />
              <span>txtriage</span>
            </a>
            <nav aria-label={t.language}>
              {(['zh', 'en'] as const).map((l) => (
                <a href={p.langHref[l]} hreflang={strings[l].htmlLang} lang={strings[l].htmlLang} aria-current={l === p.lang ? 'true' : undefined}>
                  {strings[l].langName}
                </a>
              ))}
              {p.headerExtra}
            </nav>
          </div>
        </header>
        {p.demo ? (
          <p class="demo-banner" role="note">
            {t.demoBanner}
          </p>
        ) : null}
        <main id="main" class="wrap" tabindex={-1}>
          {p.children}
        </main>
        <footer class="wrap">{t.footer}</footer>
      </body>
    </html>
  );
}

/** Serializes a page; JSX escapes every string it is given, so chain text stays text. */
export function page(node: unknown): string {
  return `<!doctype html>${String(node)}`;
}
