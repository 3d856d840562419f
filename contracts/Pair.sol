// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @title Pair — a self-contained constant-product (x·y = k) AMM pair.
/// @notice Unlike a real pair it does not call token contracts: the two assets live as internal balances
/// in this contract's own storage, so a swap reads and writes only the pair's reserves and the caller's
/// two balance entries. That keeps the conflict footprint of a swap small and predictable.
/// Storage layout (the workload generator writes it directly):
///   slot 0: reserve0
///   slot 1: reserve1
///   slot 2: balance0   (mapping: keccak256(pad32(owner) ‖ pad32(2)))
///   slot 3: balance1   (mapping: keccak256(pad32(owner) ‖ pad32(3)))
contract Pair {
    uint256 public reserve0;
    uint256 public reserve1;
    mapping(address => uint256) public balance0;
    mapping(address => uint256) public balance1;

    event Swap(address indexed sender, bool zeroForOne, uint256 amountIn, uint256 amountOut);

    /// @notice Sells `amountIn` of token0 for token1 (zeroForOne) or the reverse, charging a 0.3% fee on the input:
    /// amountOut = amountIn·997·reserveOut / (reserveIn·1000 + amountIn·997).
    function swap(uint256 amountIn, bool zeroForOne) external returns (uint256 amountOut) {
        require(amountIn > 0, "Pair: zero input");
        (uint256 reserveIn, uint256 reserveOut) = zeroForOne ? (reserve0, reserve1) : (reserve1, reserve0);
        uint256 amountInWithFee = amountIn * 997;
        amountOut = (amountInWithFee * reserveOut) / (reserveIn * 1000 + amountInWithFee);
        require(amountOut > 0, "Pair: output is zero");

        if (zeroForOne) {
            balance0[msg.sender] -= amountIn; // reverts (checked arithmetic) when the caller lacks the input
            balance1[msg.sender] += amountOut;
            reserve0 = reserveIn + amountIn;
            reserve1 = reserveOut - amountOut;
        } else {
            balance1[msg.sender] -= amountIn;
            balance0[msg.sender] += amountOut;
            reserve1 = reserveIn + amountIn;
            reserve0 = reserveOut - amountOut;
        }
        emit Swap(msg.sender, zeroForOne, amountIn, amountOut);
    }
}
