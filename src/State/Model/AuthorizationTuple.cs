namespace ParallelEvm.State;

/// <summary>EIP-7702 authorization: the authority (recovered from the signature) lets its code delegate to <see cref="Address"/>.</summary>
public sealed record AuthorizationTuple(UInt256 ChainId, Address Address, ulong Nonce, byte YParity, UInt256 R, UInt256 S);
