import type { TokenFlag } from './status-view.ts';
import type { UiStrings } from './strings.ts';

/** The warning beside a token the chain data makes suspicious (phishing name, fake symbol). */
export function TokenFlagBadge({ flag, t }: { flag: TokenFlag | undefined; t: UiStrings }) {
  if (!flag) return null;
  return (
    <span class="flag" data-flag={flag}>
      {flag === 'phishing' ? t.flagPhishing : t.flagFake}
    </span>
  );
}
