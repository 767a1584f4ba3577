/** Pages use the same chain-text function as the replies: one place decides how attacker-written text is shown. */
export { chainText, chainWords } from '../explain/chain-text.ts';
