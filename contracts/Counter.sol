// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @title Counter — one storage slot that every call increments.
/// @notice A block of calls to one Counter is a fully dependent chain: each call reads the slot the previous
/// call wrote. Storage layout: slot 0: count.
contract Counter {
    uint256 public count;

    function increment() external returns (uint256) {
        return ++count;
    }
}
