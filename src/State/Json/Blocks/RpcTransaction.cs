namespace ParallelEvm.State.Json.Blocks;

/// <summary>
/// A transaction as an Ethereum JSON-RPC node returns it. <see cref="Transaction"/> carries <see cref="From"/> as its
/// sender when the JSON gives one (else <see cref="Address.Zero"/>: recover it from the signature).
/// </summary>
public sealed record RpcTransaction(int Index, Transaction Transaction, Address? From, Hash256? Hash);
