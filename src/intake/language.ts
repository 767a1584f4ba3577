import type { Lang } from '../../chains/types.ts';

const HAN = /\p{Script=Han}/gu;

/** Chinese if the complaint has Chinese words in it; hashes and addresses are not language. */
export function detectLanguage(text: string): Lang {
  const han = text.match(HAN)?.length ?? 0;
  return han >= 2 ? 'zh' : 'en';
}

/** Accept-Language → our languages (zh-CN, zh-TW, zh → zh; anything else → en). */
export function languageFromHeader(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const first = header
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q)[0];
  if (!first?.tag) return undefined;
  return first.tag.startsWith('zh') ? 'zh' : first.tag.startsWith('en') ? 'en' : undefined;
}
