/**
 * A space between Chinese characters and Latin letters or digits ("已在 Solana 上", "约 3 分钟",
 * "哈希 0x12…"), the way Chinese product copy sets mixed text, and the way our catalogs write
 * numbers already. Network names, token symbols and hashes are put into the sentences as
 * values, so the spacing is done once on the finished text rather than in every template.
 * Nothing changes next to full-width punctuation ("Solana（索拉纳）", "：0x…"), nor inside
 * quotes, which show words from the chain as they are.
 */
const HAN = '\\p{Script=Han}';
const LATIN = 'A-Za-z0-9';
const HAN_THEN_LATIN = new RegExp(`(${HAN})([${LATIN}])`, 'gu');
const LATIN_THEN_HAN = new RegExp(`([${LATIN}])(${HAN})`, 'gu');
const QUOTED = /(“[^”]*”|「[^」]*」|"[^"]*")/;

export function spaceHanLatin(text: string): string {
  return text
    .split(QUOTED)
    .map((part, i) => (i % 2 ? part : part.replace(HAN_THEN_LATIN, '$1 $2').replace(LATIN_THEN_HAN, '$1 $2')))
    .join('');
}
