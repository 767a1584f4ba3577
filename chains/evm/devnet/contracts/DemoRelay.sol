// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// Forwards a call and reverts without a reason when it fails, as many routers and
/// wallets' batchers do. When the inner call runs out of gas, this outer call still holds
/// the 1/64 of the gas it kept back (EIP-150) and reverts with no data: the receipt shows
/// a reasonless failure with gas used just under the limit.
contract DemoRelay {
    function forward(address target, bytes calldata data) external {
        (bool ok, ) = target.call(data);
        require(ok);
    }
}
