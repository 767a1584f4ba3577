import type { DemoCase } from '../../demo-case.ts';
import type { LabelEntry } from '../../labels/label-book.ts';
import { solana } from '../networks.ts';
import { DemoBank, demoAddress, demoWallet, lookalikeOf, NONCE_ACCOUNT_RENT, SLOTS_PER_HOUR } from './bank.ts';
import type { SolanaFixture } from './fixtures.ts';

const USDC = solana.tokens.find((t) => t.symbol === 'USDC')!.address;
const SOL = (n: number) => BigInt(Math.round(n * 1e9));
const DAY = 24 * SLOTS_PER_HOUR;
const U64_MAX = 2n ** 64n - 1n;

/** Actors of the Solana theft scenarios (real ed25519 keys derived from names; the look-alike is ground from the friend's address). */
export const solanaTheftActors = (() => {
  const friend = demoWallet('poisoning victim friend');
  return {
    exchangeHot: demoWallet('demo exchange hot wallet'),
    takeoverVictim: demoWallet('takeover victim'),
    takeoverAttacker: demoWallet('takeover attacker'),
    takeoverDeposit: demoWallet('takeover attacker exchange deposit'),
    poisonVictim: demoWallet('poisoning victim'),
    friend,
    lookalike: lookalikeOf(friend, 'poisoner vanity grind'),
    fakeUsdcMint: demoAddress('poisoner fake usdc mint'),
    drainVictim: demoWallet('delegate drain victim'),
    drainer: demoWallet('delegate drainer'),
    drainCollector: demoWallet('delegate drain collector'),
    drainDeposit: demoWallet('delegate drain exchange deposit'),
    nonceVictim: demoWallet('durable nonce victim'),
    nonceAttacker: demoWallet('durable nonce attacker'),
    nonceAccount: demoAddress('durable nonce attacker nonce account'),
    cleanUser: demoWallet('clean user'),
    cleanFriend: demoWallet('clean user friend'),
    /** Paid a friend, then got a few lamports from a stranger a minute later (dusting). */
    dustVictim: demoWallet('dusting victim'),
    dustFriend: demoWallet('dusting victim friend'),
    duster: demoWallet('duster'),
  };
})();

export interface SolanaTheftDemo {
  fixtures: SolanaFixture[];
  cases: DemoCase[];
  labels: LabelEntry[];
}

/**
 * The Solana theft scenarios as consistent histories on the demo node, one address each:
 * a token account handed over with SetAuthority (then emptied into an exchange), an
 * address-poisoning victim who paid the look-alike, an unlimited delegate approval used
 * to drain USDC (traced to the exchange), a pre-signed durable-nonce transaction that
 * emptied and closed a token account, and a clean user. Slots lie before the static
 * fixtures' (the node's head does not move).
 */
export function buildSolanaTheftDemo(): SolanaTheftDemo {
  const a = solanaTheftActors;
  const bank = new DemoBank(380_000_000)
    .mint(USDC, 6)
    .mint(a.fakeUsdcMint, 6, { name: 'USD Coin', symbol: 'USDC' })
    .fund(a.exchangeHot, SOL(50_000))
    .holdTokens(a.exchangeHot, USDC, 10_000_000_000_000n)
    .fund(a.takeoverAttacker, SOL(0.5))
    .fund(a.lookalike, SOL(0.3))
    .holdTokens(a.lookalike, a.fakeUsdcMint, 1_000_000_000_000n)
    .fund(a.drainer, SOL(0.5))
    .fund(a.nonceAttacker, SOL(0.5))
    .fund(a.nonceAccount, NONCE_ACCOUNT_RENT)
    .fund(a.duster, SOL(0.1));
  const hotUsdc = bank.ata(a.exchangeHot, USDC);
  const usdc = (n: number) => bank.units(USDC, n);

  /** An exchange withdrawal: SOL, or USDC into the user's (created if needed) associated account. */
  const withdraw = (label: string, to: string, asset: 'SOL' | 'USDC', amount: number, after?: number) =>
    bank.send({
      label,
      feePayer: a.exchangeHot,
      after,
      instructions:
        asset === 'SOL'
          ? [{ kind: 'solTransfer', from: a.exchangeHot, to, lamports: SOL(amount) }]
          : [
              { kind: 'createAta', payer: a.exchangeHot, owner: to, mint: USDC },
              { kind: 'transferChecked', source: hotUsdc, destination: bank.ata(to, USDC), authority: a.exchangeHot, amount: usdc(amount) },
            ],
    });
  /** `from` sends USDC from its associated account to `to`'s, creating it if needed. */
  const pay = (label: string, from: string, to: string, amount: number, after?: number, authority = from) =>
    bank.send({
      label,
      feePayer: authority,
      after,
      instructions: [
        { kind: 'createAta', payer: authority, owner: to, mint: USDC },
        { kind: 'transferChecked', source: bank.ata(from, USDC), destination: bank.ata(to, USDC), authority, amount: usdc(amount) },
      ],
    });
  /** An exchange deposit address sweeps what arrived to the hot wallet. */
  const sweepDeposit = (label: string, deposit: string, amount: number) =>
    bank.send({
      label,
      feePayer: a.exchangeHot,
      after: SLOTS_PER_HOUR / 4,
      instructions: [{ kind: 'transferChecked', source: bank.ata(deposit, USDC), destination: hotUsdc, authority: deposit, amount: usdc(amount) }],
    });

  // 1. SetAuthority takeover: a "claim" site makes the victim hand the USDC account's ownership over.
  withdraw('takeover: SOL withdrawal', a.takeoverVictim, 'SOL', 0.1);
  withdraw('takeover: USDC withdrawal', a.takeoverVictim, 'USDC', 2_400);
  bank.send({
    label: 'takeover: setAuthority accountOwner',
    feePayer: a.takeoverVictim,
    after: 2 * DAY,
    instructions: [
      { kind: 'memo', text: 'Claim your JUP airdrop' },
      { kind: 'setAuthority', account: bank.ata(a.takeoverVictim, USDC), authority: a.takeoverVictim, newAuthority: a.takeoverAttacker, authorityType: 'accountOwner' },
    ],
  });
  bank.send({
    label: 'takeover: attacker empties the seized account',
    feePayer: a.takeoverAttacker,
    after: SLOTS_PER_HOUR / 6,
    instructions: [
      { kind: 'createAta', payer: a.takeoverAttacker, owner: a.takeoverDeposit, mint: USDC },
      { kind: 'transferChecked', source: bank.ata(a.takeoverVictim, USDC), destination: bank.ata(a.takeoverDeposit, USDC), authority: a.takeoverAttacker, amount: usdc(2_400) },
    ],
  });
  sweepDeposit('takeover: exchange sweeps the deposit', a.takeoverDeposit, 2_400);

  // 2. Address poisoning: a real payment to a friend, fake "USDC" from the friend's look-alike, then a payment to the look-alike.
  withdraw('poisoning: SOL withdrawal', a.poisonVictim, 'SOL', 1, DAY);
  withdraw('poisoning: USDC withdrawal', a.poisonVictim, 'USDC', 5_000);
  pay('poisoning: pays the friend', a.poisonVictim, a.friend, 1_000, DAY);
  bank.send({
    label: 'poisoning: fake USDC from the look-alike',
    feePayer: a.lookalike,
    after: SLOTS_PER_HOUR / 3,
    instructions: [
      { kind: 'createAta', payer: a.lookalike, owner: a.poisonVictim, mint: a.fakeUsdcMint },
      { kind: 'transferChecked', source: bank.ata(a.lookalike, a.fakeUsdcMint), destination: bank.ata(a.poisonVictim, a.fakeUsdcMint), authority: a.lookalike, amount: bank.units(a.fakeUsdcMint, 1_000) },
    ],
  });
  pay('poisoning: pays the look-alike', a.poisonVictim, a.lookalike, 1_500, DAY);

  // 3. Delegate drain: an unlimited SPL approve to a wallet, used minutes later, then to an exchange.
  withdraw('drain: SOL withdrawal', a.drainVictim, 'SOL', 0.5, DAY);
  withdraw('drain: USDC withdrawal', a.drainVictim, 'USDC', 3_000);
  bank.send({
    label: 'drain: unlimited approve to the drainer',
    feePayer: a.drainVictim,
    after: 2 * DAY,
    instructions: [
      { kind: 'memo', text: 'Verify wallet to receive rewards' },
      { kind: 'approve', source: bank.ata(a.drainVictim, USDC), delegate: a.drainer, owner: a.drainVictim, amount: U64_MAX },
    ],
  });
  bank.send({
    label: 'drain: the delegate takes the USDC',
    feePayer: a.drainer,
    after: SLOTS_PER_HOUR / 6,
    instructions: [
      { kind: 'createAta', payer: a.drainer, owner: a.drainCollector, mint: USDC },
      { kind: 'transferChecked', source: bank.ata(a.drainVictim, USDC), destination: bank.ata(a.drainCollector, USDC), authority: a.drainer, amount: usdc(3_000) },
      { kind: 'solTransfer', from: a.drainer, to: a.drainCollector, lamports: SOL(0.05) },
    ],
  });
  pay('drain: collector deposits at the exchange', a.drainCollector, a.drainDeposit, 2_990, SLOTS_PER_HOUR / 2);
  sweepDeposit('drain: exchange sweeps the deposit', a.drainDeposit, 2_990);

  // 4. Durable nonce: a transaction signed on a phishing page days earlier is sent by the attacker,
  //    who pays its fee: USDC out, the token account closed with its rent, SOL out.
  withdraw('nonce: SOL withdrawal', a.nonceVictim, 'SOL', 2, DAY);
  withdraw('nonce: USDC withdrawal', a.nonceVictim, 'USDC', 800);
  const victimUsdc = bank.ata(a.nonceVictim, USDC);
  bank.send({
    label: 'nonce: pre-signed sweep',
    feePayer: a.nonceAttacker,
    after: 3 * DAY,
    nonceValue: demoAddress('durable nonce value'),
    instructions: [
      { kind: 'advanceNonce', nonceAccount: a.nonceAccount, nonceAuthority: a.nonceAttacker },
      { kind: 'createAta', payer: a.nonceAttacker, owner: a.nonceAttacker, mint: USDC },
      { kind: 'transferChecked', source: victimUsdc, destination: bank.ata(a.nonceAttacker, USDC), authority: a.nonceVictim, amount: usdc(800) },
      { kind: 'closeAccount', account: victimUsdc, destination: a.nonceAttacker, owner: a.nonceVictim },
      { kind: 'solTransfer', from: a.nonceVictim, to: a.nonceAttacker, lamports: SOL(1.999) },
    ],
  });

  // 5. Clean: withdrawals, a payment to a friend, later some SOL to the same friend, another deposit.
  withdraw('clean: SOL withdrawal', a.cleanUser, 'SOL', 1, DAY);
  withdraw('clean: USDC withdrawal', a.cleanUser, 'USDC', 500);
  pay('clean: pays a friend', a.cleanUser, a.cleanFriend, 120, DAY);
  bank.send({ label: 'clean: SOL to the friend', feePayer: a.cleanUser, after: 2 * DAY, instructions: [{ kind: 'solTransfer', from: a.cleanUser, to: a.cleanFriend, lamports: SOL(0.2) }] });
  withdraw('clean: second USDC withdrawal', a.cleanUser, 'USDC', 300, DAY);

  // 6. Dusting: a payment to a friend, and a minute later 1,000 lamports from a stranger whose address looks nothing like the friend's.
  withdraw('dust: SOL withdrawal', a.dustVictim, 'SOL', 0.5, DAY);
  withdraw('dust: USDC withdrawal', a.dustVictim, 'USDC', 400);
  pay('dust: pays a friend', a.dustVictim, a.dustFriend, 250, DAY);
  bank.send({ label: 'dust: 1000 lamports from a stranger', feePayer: a.duster, after: SLOTS_PER_HOUR / 60, instructions: [{ kind: 'solTransfer', from: a.duster, to: a.dustVictim, lamports: 1_000n }] });

  if (bank.currentSlot >= 388_900_000) throw new Error('theft scenarios must stay before the static fixtures');

  const cases: DemoCase[] = [
    { scenario: 'solana-theft-set-authority', network: solana.id, address: a.takeoverVictim, expectedCode: 'TOKEN_AUTHORITY_CHANGED', text: `我的 USDC 账户突然不归我了，2400 USDC 被转走，我只是领了个空投。地址 ${a.takeoverVictim}` },
    { scenario: 'solana-theft-address-poisoning', network: solana.id, address: a.poisonVictim, expectedCode: 'SENT_TO_POISONED_ADDRESS', text: `我给朋友转了 1500 USDC，他说没收到，是不是被骗了？我的地址 ${a.poisonVictim}` },
    { scenario: 'solana-theft-delegate-drain', network: solana.id, address: a.drainVictim, expectedCode: 'DRAIN_BY_SPENDER', text: `钱包被盗了！3000 USDC 全没了，我没有转过账。地址 ${a.drainVictim}` },
    { scenario: 'solana-theft-durable-nonce-close', network: solana.id, address: a.nonceVictim, expectedCode: 'ACCOUNT_CLOSED_AND_SWEPT', text: `几天前在一个网站签了名，今天 USDC 和 SOL 都被转走了，USDC 账户也没了。地址 ${a.nonceVictim}` },
    { scenario: 'solana-theft-dusting-after-transfer', network: solana.id, address: a.dustVictim, expectedCode: 'DUSTING_TRANSFERS', text: `刚给朋友转了 250 USDC，一分钟后就收到一笔 0.000001 SOL 的陌生转入，这是怎么回事？地址 ${a.dustVictim}` },
    { scenario: 'solana-theft-clean-address', network: solana.id, address: a.cleanUser, text: `我的钱包是不是被盗了？帮我查一下 ${a.cleanUser}` },
  ];
  const labels: LabelEntry[] = [{ family: 'solana', network: solana.id, address: a.exchangeHot, name: 'Demo Exchange hot wallet (demo)', kind: 'exchange' }];
  return { fixtures: bank.fixtures, cases, labels };
}
