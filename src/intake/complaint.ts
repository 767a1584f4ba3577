import type { Lang, Network } from '../../chains/types.ts';
import { findExplorerLinks, findIdentifiers, type Identifier } from './identifiers.ts';
import { findHints, type Hints } from './hints.ts';
import { detectLanguage } from './language.ts';
import { normalizeIdentifier, normalizeText } from './normalize.ts';

export interface ComplaintInput {
  text?: string;
  txHash?: string;
  address?: string;
  network?: string;
  lang?: Lang;
}

/** A complaint reduced to what can be looked up, plus what the user claims. */
export interface Complaint {
  text: string;
  lang: Lang;
  txIds: Identifier[];
  addresses: Identifier[];
  hints: Hints;
}

/**
 * Parses a complaint: fields first (they are what the agent typed on purpose), then
 * links (they name their network), then bare identifiers in the text.
 */
export function parseComplaint(input: ComplaintInput, networks: readonly Network[]): Complaint {
  const text = normalizeText(input.text ?? '');
  const fromText = findIdentifiers(text);
  const links = findExplorerLinks(text, networks);
  const fields: Identifier[] = [];
  if (input.txHash) fields.push({ kind: 'tx', value: normalizeIdentifier(input.txHash), source: 'field', network: input.network });
  if (input.address) fields.push({ kind: 'address', value: normalizeIdentifier(input.address), source: 'field', network: input.network });

  const all: Identifier[] = [];
  for (const id of [...fields, ...links, ...fromText]) {
    const twin = all.find((x) => x.kind === id.kind && x.value.toLowerCase() === id.value.toLowerCase());
    if (twin) twin.network ??= id.network;
    else all.push({ kind: id.kind, value: id.value, source: id.source, network: id.network });
  }

  const hints = findHints(text, fromText, networks, links.flatMap((l) => (l.network ? [l.network] : [])));
  return {
    text,
    lang: input.lang ?? detectLanguage(text),
    txIds: all.filter((i) => i.kind === 'tx'),
    addresses: all.filter((i) => i.kind === 'address'),
    hints,
  };
}
