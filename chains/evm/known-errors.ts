/**
 * Custom errors of widely used contracts, by signature. Selectors are derived from the
 * signatures at load time, so the table cannot drift from them.
 * Sources: OpenZeppelin Contracts 5.x draft-IERC6093 (ERC-20/721 errors) and Ownable;
 * Uniswap Permit2 (IAllowanceTransfer, SignatureTransfer); Uniswap Universal Router.
 */
export interface KnownError {
  signature: string;
  /** Plain meaning for agents and users. */
  meaning: string;
}

export const knownErrors: KnownError[] = [
  { signature: 'ERC20InsufficientBalance(address,uint256,uint256)', meaning: 'the sender does not hold enough of this token' },
  { signature: 'ERC20InsufficientAllowance(address,uint256,uint256)', meaning: 'the spender was not approved for this amount' },
  { signature: 'ERC20InvalidReceiver(address)', meaning: 'the token refuses this recipient address' },
  { signature: 'ERC20InvalidSender(address)', meaning: 'the token refuses this sender address' },
  { signature: 'ERC721InsufficientApproval(address,uint256)', meaning: 'the caller is not approved to move this NFT' },
  { signature: 'ERC721NonexistentToken(uint256)', meaning: 'this NFT does not exist' },
  { signature: 'OwnableUnauthorizedAccount(address)', meaning: 'only the contract owner may do this' },
  { signature: 'EnforcedPause()', meaning: 'the contract is paused by its operator' },
  { signature: 'ReentrancyGuardReentrantCall()', meaning: 'the contract blocked a re-entrant call' },
  { signature: 'AllowanceExpired(uint256)', meaning: 'the Permit2 allowance has expired' },
  { signature: 'InsufficientAllowance(uint256)', meaning: 'the Permit2 allowance is too small' },
  { signature: 'SignatureExpired(uint256)', meaning: 'the signed permit has expired' },
  { signature: 'InvalidNonce()', meaning: 'the signed permit was already used' },
  { signature: 'V3TooLittleReceived()', meaning: 'the swap would give less than the minimum accepted (slippage)' },
  { signature: 'V2TooLittleReceived()', meaning: 'the swap would give less than the minimum accepted (slippage)' },
  { signature: 'TransactionDeadlinePassed()', meaning: 'the swap deadline passed before it was mined' },
];
