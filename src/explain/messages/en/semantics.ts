import type { semanticsCodes } from '../../../diagnose/codes/semantics.ts';
import type { FindingParams } from '../../../diagnose/types.ts';
import type { FindingCatalog } from '../../types.ts';

const RESOURCE: Record<string, string> = { energy: 'energy', bandwidth: 'bandwidth', power: 'voting power (TRON Power)' };
const RESOURCE_USE: Record<string, string> = {
  energy: 'energy, which pays for USDT and other token transfers instead of burning TRX',
  bandwidth: 'bandwidth, which pays for ordinary transfers instead of burning TRX',
  power: 'voting power (TRON Power) to vote for super representatives',
};
const res = (p: FindingParams) => RESOURCE[String(p.resource)] ?? 'resources';
const approvedWords = (p: FindingParams) => (p.approved === 'unlimited' ? `any amount of your ${p.token}` : `up to ${p.approved} of your ${p.token}`);
const tronReady = (p: FindingParams) => (p.availableAt ? `from ${p.availableAt}` : `about ${p.waitDays ?? 14} days after this transaction`);

function tronStaking(p: FindingParams): { title: string; explain: string; steps: string[] } {
  const amount = p.amount ?? 'your TRX';
  switch (p.action) {
    case 'stake':
      return {
        title: `Staked ${amount} for ${res(p)}`,
        explain: `You staked ${amount} for ${res(p)} on TRON. The TRX were not sent anywhere and are not lost: they stay in your account as staked TRX, which is why your available balance is ${amount} lower. In return your account receives ${RESOURCE_USE[String(p.resource)] ?? 'resources'} every day. You can unstake at any time; unstaked TRX can be withdrawn to your available balance 14 days later.`,
        steps: ["Nothing to do. If you want the TRX back, unstake them on your wallet's staking (resources) page; they can be withdrawn 14 days after you unstake."],
      };
    case 'unstake':
      return {
        title: `Unstaking ${amount}: ready ${p.availableAt ? `on ${p.availableAt}` : `in ${p.waitDays ?? 14} days`}`,
        explain: `You started unstaking ${amount} that were staked for ${res(p)}. They are not lost: TRON holds unstaked TRX for ${p.waitDays ?? 14} days, so they can be withdrawn to your available balance ${tronReady(p)}. Until then your wallet shows them as unstaking, and the ${res(p)} they gave you has stopped.`,
        steps: [`${p.availableAt ? `From ${p.availableAt}` : `After ${p.waitDays ?? 14} days`}, withdraw them on your wallet's staking page (some wallets do this for you).`],
      };
    case 'delegate':
      return {
        title: `Lent the ${res(p)} of ${amount} of stake to ${p.receiver}`,
        explain: `You lent (delegated) the ${res(p)} that ${amount} of your stake produces to ${p.receiver}. The TRX themselves were not sent: they stay staked in your account and still belong to you; only the use of the ${res(p)} goes to that address. You can take it back by reclaiming (undelegating) it.`,
        steps: ["If you did not mean to lend it, reclaim it on your wallet's staking page."],
      };
    case 'undelegate':
      return {
        title: `Reclaimed the ${res(p)} lent to ${p.receiver}`,
        explain: `You took back the ${res(p)} you had lent to ${p.receiver}, backed by ${amount} of staked TRX. Those TRX are staked for your own account again; nothing was lost.`,
        steps: ['Nothing to do.'],
      };
    case 'withdraw':
      return {
        title: `Withdrew ${amount} of unstaked TRX`,
        explain: `This transaction moved ${amount}, whose 14-day unstaking wait was over, back into your available balance. Nothing was lost.`,
        steps: ['Nothing to do: the TRX are in your available balance.'],
      };
    default:
      return {
        title: 'Unstaking cancelled',
        explain: 'You cancelled the unstaking in progress: TRX still waiting are staked again, and any whose wait was already over went back to your available balance. Nothing was lost.',
        steps: ['Nothing to do.'],
      };
  }
}

function solanaStaking(p: FindingParams): { title: string; explain: string; steps: string[] } {
  const amount = p.amount ?? 'the SOL';
  const back = 'To get the SOL back later, unstake it in your wallet, then withdraw it once the epoch has ended (usually within 2 to 3 days).';
  switch (p.action) {
    case 'stake':
      return {
        title: `Staked ${amount} with validator ${p.validator}`,
        explain: `You staked ${amount}: your wallet created a stake account (${p.stakeAccount}), put ${amount} into it and delegated it to validator ${p.validator}. The SOL is not lost and was not sent to anyone: the stake account is controlled by your wallet and earns staking rewards. It can be withdrawn after you unstake it and the current epoch ends, usually within 2 to 3 days.`,
        steps: [`Nothing to do. ${back}`],
      };
    case 'delegate':
      return {
        title: `Stake delegated to validator ${p.validator}`,
        explain: `Your stake account ${p.stakeAccount} was delegated to validator ${p.validator}. The SOL stays in that stake account, which your wallet controls; nothing was lost.`,
        steps: [`Nothing to do. ${back}`],
      };
    case 'unstake':
      return {
        title: `Unstaking stake account ${p.stakeAccount}`,
        explain: `You started unstaking: stake account ${p.stakeAccount} is being deactivated. The SOL stays in it and is not lost. When the current epoch ends, usually within 2 to 3 days, you can withdraw it to your wallet.`,
        steps: ["When the epoch has ended, withdraw the SOL on your wallet's staking page."],
      };
    case 'withdraw':
      return {
        title: `Withdrew ${amount} from a stake account`,
        explain: `You withdrew ${amount} from stake account ${p.stakeAccount} to ${p.receiver}. That SOL is no longer staked.`,
        steps: ['Nothing to do.'],
      };
    default:
      return {
        title: `Stake account ${p.action === 'merge' ? 'merged' : p.action === 'split' ? 'split' : 'created'}`,
        explain: `${p.action === 'merge' ? `Stake account ${p.stakeAccount} was merged into ${p.receiver}.` : p.action === 'split' ? `${amount} was moved from stake account ${p.stakeAccount} into a new stake account ${p.receiver}.` : `A stake account (${p.stakeAccount}) was created with ${amount}.`} The SOL stays staked under your wallet's control; nothing was lost.`,
        steps: [`Nothing to do. ${back}`],
      };
  }
}

const staking = (p: FindingParams) => (p.family === 'solana' ? solanaStaking(p) : tronStaking(p));

export const semanticsEn: FindingCatalog<keyof typeof semanticsCodes> = {
  APPROVAL_GRANTED: {
    title: (p) => `Permission granted: ${p.spenderLabel ?? p.spender} may spend ${p.approved === 'unlimited' ? `any amount of ${p.token}` : `up to ${p.approved}`}`,
    detail: (p, c) => `${p.kind} approval on ${c.net(p.network)}: ${p.owner}'s ${p.token} → spender ${p.spender}${p.spenderLabel ? ` (${p.spenderLabel})` : ''}, amount ${p.approved}. Nothing moved in this transaction.`,
    explain: (p) =>
      `This transaction gave ${p.spenderLabel ? `${p.spenderLabel} (${p.spender})` : `the application contract ${p.spender}`} permission to spend ${approvedWords(p)}. Apps ask for this before a swap or a deposit, and nothing left your wallet with it. If you do not recognise it, revoke the permission.`,
    steps: (p) => [
      p.kind === 'trc20'
        ? `If you did not mean to give this permission, revoke it in your wallet's authorization settings: token ${p.token}, spender ${p.spender}.`
        : `If you did not mean to give this permission, revoke it (for example on revoke.cash or in your wallet's approval settings): token ${p.token}, spender ${p.spender}.`,
    ],
  },
  STAKING_OPERATION: {
    title: (p) => staking(p).title,
    detail: (p, c) =>
      `${p.family === 'solana' ? 'Stake program' : 'Stake 2.0'} ${p.action} on ${c.net(p.network)}${p.amount ? `: ${p.amount}` : ''}${p.resource ? ` for ${p.resource}` : ''}${p.receiver ? `, counterpart ${p.receiver}` : ''}${p.validator ? `, validator ${p.validator}` : ''}${p.stakeAccount ? `, stake account ${p.stakeAccount}` : ''}${p.availableAt ? `; withdrawable from ${p.availableAt}` : ''}${p.fee ? `; fee ${p.fee}` : ''}.`,
    explain: (p) => staking(p).explain,
    steps: (p) => staking(p).steps,
  },
  DUSTING_TRANSFERS: {
    title: (p) => `Dusting right after your transfer: ${Number(p.count) === 1 ? 'a tiny transfer' : `${p.count} tiny transfers`} from strangers`,
    detail: (p, c) =>
      `Unsolicited dust, zero-value or unknown-token transfers on ${c.net(p.network)} (${p.assets}) from ${p.senders}${Number(p.senderCount) > 3 ? ' and others' : ''}, right after the owner's ${p.afterAmount} transfer ${p.afterTx}. No close look-alike of a contact; treated as poisoning bait all the same.`,
    explain: (p) =>
      `Right after you sent ${p.afterAmount}, ${Number(p.senderCount) === 1 ? 'a stranger' : 'strangers'} sent tiny amounts or unknown tokens to your address (${p.assets}) from ${p.senders}. Nothing was taken from you: these transfers only add entries to your history. This is called dusting: scammers answer real payments this way, hoping you copy their address from your history next time you send money, or visit a website named in a token. Treat these addresses as scams even if they do not look much like the addresses you use.`,
    steps: () => [
      'Never copy an address from your transaction history. Copy it from the receiver or from your saved address book, and check it in full.',
      'You can hide or ignore these small transfers; do not interact with them.',
    ],
  },
};
