// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @title Token — a minimal ERC-20 (EIP-20) used by the synthetic workloads.
/// @notice The workload generator places this contract directly in the pre-state and writes its storage
/// itself, so the layout below is part of the contract's interface:
///   slot 0: totalSupply
///   slot 1: balanceOf   (mapping: keccak256(pad32(owner) ‖ pad32(1)))
///   slot 2: allowance   (nested mapping: keccak256(pad32(spender) ‖ keccak256(pad32(owner) ‖ pad32(2))))
/// There is no constructor, mint or metadata: balances come from the pre-state.
contract Token {
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    function transfer(address to, uint256 value) external returns (bool) {
        _move(msg.sender, to, value);
        return true;
    }

    function approve(address spender, uint256 value) external returns (bool) {
        allowance[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        uint256 allowed = allowance[from][msg.sender];
        // An allowance of 2^256-1 means "unlimited" and is never decreased (common ERC-20 practice).
        if (allowed != type(uint256).max) {
            require(allowed >= value, "Token: allowance too low");
            allowance[from][msg.sender] = allowed - value;
        }
        _move(from, to, value);
        return true;
    }

    function _move(address from, address to, uint256 value) private {
        uint256 fromBalance = balanceOf[from];
        require(fromBalance >= value, "Token: balance too low");
        unchecked {
            balanceOf[from] = fromBalance - value;
        }
        // Checked: the sum of all balances is totalSupply, so this cannot overflow for a consistent pre-state.
        balanceOf[to] += value;
        emit Transfer(from, to, value);
    }
}
