import type { Lang } from '../../chains/types.ts';
import { findingCodes } from '../diagnose/codes/index.ts';
import type { Category, CodeSpec } from '../diagnose/types.ts';
import { helpArticle, helpPath, userFacingCodes, type UserFacingCode } from '../explain/help/index.ts';
import { catalogs } from '../explain/render.ts';
import { helpStrings } from './help-strings.ts';
import { Layout } from './layout.tsx';

interface PageProps {
  lang: Lang;
  demo: boolean;
  langHref: Record<Lang, string>;
}

const GROUP_ORDER: Category[] = ['suspicious', 'missing', 'failure', 'delay', 'inconclusive', 'ok'];

/** `/help`: every article, grouped the way users think of their problem. */
export function HelpIndexPage(p: PageProps) {
  const h = helpStrings[p.lang];
  return (
    <Layout lang={p.lang} title={h.indexTitle} demo={p.demo} langHref={p.langHref}>
      <h1>{h.indexHeading}</h1>
      <p class="lead">{h.indexIntro}</p>
      {GROUP_ORDER.map((category) => {
        const codes = userFacingCodes.filter((c) => findingCodes[c].category === category);
        return codes.length === 0 ? null : (
          <section class="card help-group" aria-labelledby={`g-${category}`}>
            <h2 id={`g-${category}`}>{h.groups[category]}</h2>
            <ul class="help-list">
              {codes.map((code) => (
                <li>
                  <a href={helpPath(code, p.lang)}>{helpArticle(code, p.lang).title}</a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p>
        <a href={`/?lang=${p.lang}`}>{h.checkTx}</a>
      </p>
    </Layout>
  );
}

/**
 * `/help/{code}`: one article. The category name and the seed-phrase warning come from
 * the message catalogs, the same words the status page and the replies use.
 */
export function HelpArticlePage(p: PageProps & { code: UserFacingCode }) {
  const h = helpStrings[p.lang];
  const a = helpArticle(p.code, p.lang);
  const spec: CodeSpec = findingCodes[p.code];
  const phrases = catalogs[p.lang].phrases;
  return (
    <Layout lang={p.lang} title={`${a.title} · ${h.indexHeading}`} demo={p.demo} langHref={p.langHref}>
      <article class="help-article" data-code={p.code}>
        <h1>{a.title}</h1>
        <p>
          <span class={`badge cat-${spec.category}`}>{phrases.categories[spec.category]}</span>
        </p>
        <h2>{h.means}</h2>
        <p>{a.means}</p>
        <h2>{h.why}</h2>
        <ul>
          {a.why.map((s) => (
            <li>{s}</li>
          ))}
        </ul>
        <h2>{h.todo}</h2>
        <ol class="steps">
          {a.todo.map((s) => (
            <li>{s}</li>
          ))}
        </ol>
        <h2>{h.time}</h2>
        <p>{a.time}</p>
        {spec.warnScams ? (
          <p class="note" role="note">
            {phrases.scamWarning}
          </p>
        ) : null}
      </article>
      <p>
        <a href={`/help?lang=${p.lang}`}>{h.allArticles}</a> · <a href={`/?lang=${p.lang}`}>{h.checkTx}</a>
      </p>
    </Layout>
  );
}
