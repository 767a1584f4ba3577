import type { commonCodes } from '../../../diagnose/codes/common.ts';
import type { HelpSlice } from '../types.ts';

export const commonHelpEn: HelpSlice<keyof typeof commonCodes> = {
  TX_CONFIRMED: {
    title: 'My transfer is confirmed, but the receiver says nothing arrived',
    means: 'The transaction succeeded and is final: the funds left your wallet and reached the receiving address. It cannot be reversed or cancelled any more.',
    why: [
      'An exchange or platform credits a deposit in its own system after the transfer is on chain; that step can lag, or need a memo or tag.',
      'The receiving address may not be the one you meant to use (check it character by character).',
    ],
    todo: [
      'Send the transaction hash (TxID) to the receiving platform\'s support; it is their proof to find and credit the deposit.',
      'Compare the receiving address in the transaction with the one you intended.',
      'If you do not recognise the transaction at all, contact us right away.',
    ],
    time: 'On the chain it is already finished. Crediting by an exchange usually takes minutes; if it has not happened within an hour, contact them with the hash.',
  },
  TX_AWAITING_CONFIRMATIONS: {
    title: 'My transaction succeeded but the exchange has not credited it yet',
    means: 'The transaction is in a block and succeeded, but it is not final yet. Exchanges wait for a number of further blocks (confirmations) before they credit a deposit.',
    why: ['Each network and each exchange sets its own number of confirmations; until it is reached, the deposit shows as pending on their side.'],
    todo: ['Wait; there is nothing to do on your side.', 'If the deposit is still not credited well after the expected time, send the transaction hash to the receiving platform\'s support.'],
    time: 'From a few seconds (TRON, BNB Smart Chain) to about 15 minutes (Ethereum); the status page shows the estimate for your transaction.',
  },
  TX_NOT_FOUND: {
    title: 'Why can my transaction not be found?',
    means: 'Every network we checked answered normally, and none of them has a transaction with this hash. If a transaction was never processed, your funds did not leave your wallet.',
    why: [
      'The hash was not copied completely, or belongs to a network we did not check.',
      'The transaction was never sent, or the network dropped it before processing (on TRON and Solana, unprocessed transactions expire after a short time).',
    ],
    todo: [
      'Copy the full transaction hash (TxID) again from your wallet\'s history and check once more.',
      'Look at your wallet balance: if the funds are still there, the transfer did not happen and you can send it again.',
    ],
    time: 'A transaction sent a moment ago can take a few seconds to appear. If it is still not found after a few minutes, it will not appear by itself.',
  },
  LOOKUP_INCONCLUSIVE: {
    title: 'Why could you not check my transaction just now?',
    means: 'A network did not answer our query, so we cannot tell yet what happened. This does not mean your transaction is lost or missing: the answer is simply unknown for the moment.',
    why: ['The network\'s service was slow, busy or briefly unavailable.', 'Our connection to that network failed for a moment.'],
    todo: ['Please check again in a few minutes.', 'Until you know what happened to the first transfer, do not send the same transfer again, or you may pay twice.'],
    time: 'Usually a few minutes. If it keeps happening for longer, contact us with the hash and we will look into it.',
  },
  NEED_TX_HASH: {
    title: 'Where do I find my transaction hash (TxID)?',
    means: 'To check a transfer we need its transaction hash, also called TxID: a long string of letters and digits that identifies exactly one transaction on the blockchain.',
    why: ['A description, a screenshot of a balance or an amount alone does not tell us which transaction on the chain is yours.'],
    todo: [
      'Open your wallet\'s transaction history and tap the transfer.',
      'Copy the transaction hash (TxID), or the block explorer link shown there, and send it to us or paste it on the status page.',
    ],
    time: 'Once we have the hash, the check takes a few seconds.',
  },
  TX_REVERTED: {
    title: 'My transaction failed, but a fee was still charged',
    means: 'The network processed the transaction, but it failed while running, so everything it tried to do was undone. Nothing was transferred; only the network fee was spent.',
    why: [
      'The token or contract refused the action, for example because of an insufficient balance, an expired price quote or a frozen address.',
      'Validators charge the fee for the work done even when the transaction fails, so the fee cannot be refunded.',
    ],
    todo: ['Read the reason on the status page, fix it (for example the amount), and send the transaction again.', 'Keep enough of the network\'s coin (ETH, BNB, TRX…) in your wallet to pay the fee of the new attempt.'],
    time: 'The failure is final; waiting will not change it. A corrected new transaction confirms in seconds to minutes.',
  },
  WRONG_NETWORK: {
    title: 'I sent my funds on the wrong network',
    means: 'The transfer was made on a different network than the one the receiver expects. Funds on one network do not appear on another, even when the address looks the same.',
    why: ['Many wallets and exchanges offer the same token on several networks (for example USDT on TRON, Ethereum and BNB Smart Chain), and the wrong one was selected when sending.'],
    todo: [
      'Contact the receiving platform\'s official support with the transaction hash and tell them which network it was sent on; many exchanges can recover such deposits.',
      'If the receiving address is your own wallet, add that network in your wallet to see the funds.',
      'Next time, check that the network you choose is one the receiver supports.',
    ],
    time: 'A recovery by an exchange is a manual process and can take days to weeks; waiting alone will not move the funds.',
  },
  WRONG_NETWORK_REPORTED: {
    title: 'The exchange says I sent on the wrong network',
    means: 'The network the transfer went on may not be the one the receiving address belongs to. We found the network it went on; which network the address belongs to is on the receiving platform\'s deposit page.',
    why: ['An exchange lists each deposit address with the network it is for, and the network chosen when sending was not that one.', 'The same token (for example USDT) exists on TRON, Ethereum and BNB Smart Chain, and a wallet\'s default is not always the one the receiver supports.'],
    todo: [
      'Check which network the receiving platform lists for that address on its deposit page.',
      'If it is not the network the transfer went on, contact the platform\'s official support with the transaction hash; many exchanges can recover such deposits.',
      'If the receiving address is your own wallet, add that network in your wallet to see the funds.',
    ],
    time: 'A recovery by an exchange is handled by hand and can take days to weeks; waiting alone will not move the funds.',
  },
  WRONG_ADDRESS_REPORTED: {
    title: 'I sent my funds to the wrong address',
    means: 'A confirmed transfer cannot be reversed: no wallet, exchange or support team can pull it back. Getting it back depends on whoever controls the receiving address.',
    why: ['An address was mistyped, pasted from the wrong place, or copied from the transaction history (where scammers plant look-alike addresses).'],
    todo: [
      'Check whether the receiving address belongs to an exchange or a platform; if it does, contact their official support with the transaction hash.',
      'If you know the owner of the address, ask them to send it back.',
      'Send a small test amount first next time, and compare the address character by character.',
    ],
    time: 'An exchange that agrees to help takes days to weeks; without the owner\'s help the funds stay where they are.',
  },
  RECIPIENT_MISMATCH: {
    title: 'My funds went to a different address than I intended',
    means: 'The transaction sent the funds to an address that is not the one you told us. Blockchain transfers cannot be reversed, so it matters who holds that address.',
    why: [
      'The address was mistyped or pasted from the wrong place.',
      'A scammer planted a look-alike address in your history (same start and end, different middle), hoping you would copy it.',
      'Malware on the device can swap a copied address for another one.',
    ],
    todo: [
      'Compare the full receiving address with the one you intended, character by character.',
      'Copy addresses only from a trusted source (the receiver or your address book), never from your transaction history.',
      'If you do not recognise the receiving address, contact us right away with the hash so we can help you report it.',
    ],
    time: 'The transfer itself is final. Reports to an exchange or to the police take days or longer.',
  },
  AMOUNT_MISMATCH: {
    title: 'The amount on the chain is not the amount I sent',
    means: 'The transaction you gave us moved a different amount from the one you mentioned. Usually it is simply another transaction than the one you mean.',
    why: ['You made several transfers and sent us the hash of another one.', 'The amount shown in an app was before fees or in another unit.'],
    todo: ['Check the amount and time of the transfer in your wallet\'s history.', 'If you made several transfers, send us the hash of the one you are asking about.'],
    time: 'A check with the right hash takes a few seconds.',
  },
  FEE_MISMATCH: {
    title: 'The fee on the chain is not the fee I was charged',
    means: 'The transaction you gave us paid a different network fee from the one you mentioned. The network fee is what the chain records; nobody can change it afterwards.',
    why: ['Your balance also paid for another transaction (a retry, an approval, a second transfer).', 'The wallet, exchange or app you used charged its own fee on top of the network fee. That fee is in its records, not on the chain.'],
    todo: ['Check your wallet history for other transactions around the same time.', 'If an exchange or app charged you, ask its support about its fee.'],
    time: 'A check of your history takes a few minutes.',
  },
  SENT_TO_TOKEN_CONTRACT: {
    title: 'I sent tokens to the token\'s own contract address',
    means: 'The tokens went to the token\'s own contract address instead of a wallet. Nobody holds a key for that address, so in most cases the tokens cannot be moved out again.',
    why: ['The contract address was copied from an explorer or a token list instead of the receiver\'s wallet address.'],
    todo: [
      'Blockchain transfers cannot be reversed. Only the token\'s issuer might be able to help: contact their official support with the transaction hash.',
      'Before sending, always check that the receiving address is a wallet or an exchange deposit address.',
    ],
    time: 'Waiting will not change it. Whether an issuer can help, and when, is their decision.',
  },
  FAKE_TOKEN: {
    title: 'Someone sent me a token that looks like USDT, but it is not real',
    means: 'The token carries a well-known name such as USDT but comes from a different contract. It has no value and cannot be exchanged for the real token.',
    why: ['Scammers create copies of popular tokens to fake a payment, or to lure people into a site that takes their funds.'],
    todo: [
      'Do not send anything in return, and do not try to sell or approve the token on any website.',
      'Judge a token by its contract address, not by its name; the real address is published by the issuer.',
    ],
    time: 'Nothing will change over time: a fake token never becomes real.',
  },
  THEFT_REPORTED: {
    title: 'I think my funds were stolen. What should I do now?',
    means: 'We treat every report of theft as urgent. We read the chain to see where the funds went and how, so you know what happened and where to report it.',
    why: [
      'Most thefts come from a leaked recovery phrase or private key, an approval signed on a fake website, or a fake "support" contact.',
    ],
    todo: [
      'If any funds are left, move them right away to a new wallet created with a new recovery phrase on a device you trust.',
      'Revoke token approvals you do not recognise.',
      'Send us every transaction hash and address involved, so we can trace where the funds went.',
    ],
    time: 'Our check takes minutes. Recovering stolen funds is rarely possible and, where an exchange can freeze them, takes a report and days of their time.',
  },
  PHISHING_TOKEN_NAME: {
    title: 'A token with a website in its name appeared in my wallet',
    means: 'Someone sent you a worthless token whose name is an advertisement for a website or a "claim"/"airdrop". It is bait: the site takes the funds of anyone who connects a wallet there.',
    why: ['Scammers send such tokens unasked to many wallets at once; it does not mean your wallet was hacked.'],
    todo: [
      'Do not visit the website the token names, and do not connect your wallet or sign anything there.',
      'The token cannot take anything by itself; you can simply hide it in your wallet.',
    ],
    time: 'Nothing to wait for: ignoring it is enough.',
  },
  PHISHING_REVERT_REASON: {
    title: 'The failure message of my transaction contains a link',
    means: 'The contract your transaction called failed, and its error message carries a website link or a "claim" or "visit" invitation. That text was written by whoever made the contract, not by your wallet or by us. It is bait that leads to a fake site.',
    why: ['Scam contracts put links into their error messages, hoping the message will be shown to you as if it were official.'],
    todo: ['Do not open the link or type its address.', 'Do not connect your wallet to any site it names, and never enter your seed phrase anywhere.', 'If you signed anything on such a site, contact us right away.'],
    time: 'Nothing to wait for: the failed transaction moved nothing except its network fee.',
  },
  TX_NOT_INVOLVING_WALLET: {
    title: 'The transaction I sent does not involve my wallet',
    means: 'The transaction you gave us neither comes from nor goes to the wallet you named. It cannot be how funds left that wallet, so we look at the wallet\'s own history instead.',
    why: ['A hash copied from someone else\'s screenshot or from a different wallet.', 'A transaction from an explorer page of another address.'],
    todo: ['Send us the hashes from the named wallet\'s own history (open each outgoing transfer in your wallet and copy its hash).', 'Check that the wallet address you gave us is complete and correct.'],
    time: 'As soon as we have the right transaction or the full wallet address, we can check it.',
  },
};
