// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// A contract whose calls fail in the ways users meet: a require() with a reason, a
/// Solidity panic, and a loop that exhausts the gas limit.
contract DemoVault {
    uint256 public lastShare;
    uint256[] private sink;

    function withdraw(uint256 amount) external pure {
        require(amount <= 100, "Vault: amount exceeds daily withdrawal limit");
    }

    function share(uint256 total, uint256 parts) external {
        lastShare = total / parts;
    }

    function churn(uint256 rounds) external {
        for (uint256 i = 0; i < rounds; i++) sink.push(i);
    }
}

/// Emits many Transfer events in one transaction: a busy address's history (10,000
/// transfers) without sending 10,000 transactions.
contract DemoSpammer {
    event Transfer(address indexed from, address indexed to, uint256 value);

    function spray(address to, uint256 count) external {
        for (uint256 i = 0; i < count; i++) emit Transfer(address(this), to, 1);
    }
}
