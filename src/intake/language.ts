import type { Lang } from '../../chains/types.ts';

const HAN = /\p{Script=Han}/gu;

/**
 * English words that only a sentence written in English has. Coin, network and app names
 * ("USDT", "TRC20", "Binance", "pending") are not among them: Chinese complaints are full
 * of those.
 */
const ENGLISH_SENTENCE = /\b(i|i'm|my|me|we|our|you|your|the|a|an|is|are|was|were|has|have|had|did|didn'?t|don'?t|not|no|on|in|to|from|for|of|with|but|and|why|what|where|when|how|please|hello|hi|help|can|could|still|yet|it|this|that)\b/gi;

/**
 * Chinese if the complaint has Chinese words in it; hashes and addresses are not language.
 * An English sentence that only borrows a Chinese name or two ("Hello, my transfer on 波场
 * failed") is English: a name's worth of Chinese (three characters at most, 以太坊) against
 * three or more English words.
 */
export function detectLanguage(text: string): Lang {
  const han = text.match(HAN)?.length ?? 0;
  if (han < 2) return 'en';
  if (han <= 3 && (text.match(ENGLISH_SENTENCE)?.length ?? 0) >= 3) return 'en';
  return 'zh';
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
