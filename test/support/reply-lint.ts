/**
 * The reply lint: what no text a user reads may contain. Used over every demo case, in
 * both languages, on the user explanation, the agent's suggested reply and the status
 * page (test/integration/reply-lint.test.ts), and by the complaint tests.
 */
export interface LintContext {
  lang: 'zh' | 'en';
  codes: readonly string[];
  /** The steps as a list, when the text has one. */
  steps?: readonly string[];
  /** A re-check is scheduled: only then may the text promise one. */
  followUp?: boolean;
}

/** Latin words allowed inside Chinese text: product and company names, and terms wallets show in Latin letters. */
const ZH_ALLOWED_WORDS = new Set([
  // Units, like tickers
  'gwei', 'wei', 'sun', 'lamports', 'wSOL',
  // Field names exchanges show in Latin letters on their deposit pages
  'Memo', 'Tag',
  'Tether', 'Circle', 'Solana', 'Gas', 'DApp', 'Permit2', 'Etherscan', 'BscScan', 'Tronscan', 'TronScan', 'Solscan', 'revoke.cash', 'support@tether.to', 'txtriage', 'Binance', 'OKX',
  // Demo labels (product names of the demo's made-up exchange)
  'Demo', 'Exchange', 'hot', 'wallet', 'demo',
]);

const ADDRESS_OR_HASH = /\b0x\b|\b0x[0-9a-fA-F]{6,}\b|\bT[1-9A-HJ-NP-Za-km-z]{33}\b|\b[1-9A-HJ-NP-Za-km-z]{32,88}\b|\b[0-9a-fA-F]{64}\b/g;
const URL = /\b(?:https?|hxxps?):\/\/\S+/g;
/** Tickers, codes and error names: UPPER, UPPER_SNAKE, CamelCase with a capital inside, anything with a digit. */
const CODE_LIKE = /^(?:[A-Z0-9][A-Z0-9_.-]*|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|\w*\d\w*)$/;

export function latinWordsInChinese(text: string): string[] {
  const stripped = text.replace(URL, ' ').replace(ADDRESS_OR_HASH, ' ').replace(/「[^」]*」/g, ' ');
  const words = stripped.match(/[A-Za-z][A-Za-z0-9@._-]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];
  return words.filter((w) => !ZH_ALLOWED_WORDS.has(w) && !CODE_LIKE.test(w));
}

const WE_CHECKED = /we (?:have )?checked|我们已经在链上为您查询|我们查询了|已经为您查询/i;
const RECHECK_PROMISE = /we will check (?:it )?again|we will let you know|we will tell you (?:when|once|the result)|我们会再次|会再次查询|会再次检查|把结果告诉您/i;

export function lintText(text: string, ctx: LintContext): string[] {
  const problems: string[] = [];
  if (/\w\(s\)/.test(text)) problems.push('"(s)" plural');
  if (/[^\s] {2,}[^\s]/.test(text)) problems.push('double space');
  if (/\d(?:\.\d+)?e[-+]?\d/i.test(text.replace(ADDRESS_OR_HASH, ' '))) problems.push('number in exponent notation');
  if (ctx.lang === 'zh') {
    const latin = latinWordsInChinese(text);
    if (latin.length) problems.push(`Latin words in Chinese text: ${[...new Set(latin)].join(' ')}`);
  }
  const onlyAsking = ctx.codes.includes('NEED_TX_HASH');
  if (onlyAsking && WE_CHECKED.test(text)) problems.push('"we checked" with nothing checked (NEED_TX_HASH)');
  if (!ctx.followUp && RECHECK_PROMISE.test(text)) problems.push('re-check promised without a scheduled re-check');
  if (ctx.steps) {
    if (ctx.steps.length > 6) problems.push(`${ctx.steps.length} steps (more than 6)`);
    if (new Set(ctx.steps).size !== ctx.steps.length) problems.push('a repeated step');
    if (ctx.codes.includes('WRONG_NETWORK') && ctx.steps.some((s) => /\bwait\b|等待/i.test(s))) problems.push('a wrong-network reply says to wait');
  }
  return problems;
}

/** The numbered steps of a suggested reply. */
export function replySteps(reply: string): string[] {
  return reply.split('\n').flatMap((line) => (/^\d+\. /.test(line) ? [line.replace(/^\d+\. /, '')] : []));
}

/** Visible text of a page's main element, tags dropped and entities decoded. */
export function pageText(html: string): string {
  const main = html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? html;
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    // The token's own words, marked as such on the page: quoted here, so the lint treats them as a quote.
    .replace(/<span class="chain-text">([\s\S]*?)<\/span>/g, '「$1」')
    .replace(/<input[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}
