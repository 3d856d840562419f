namespace ParallelEvm.State;

/// <summary>EIP-2930 access-list entry: an address and the storage keys to pre-warm.</summary>
public sealed record AccessListItem(Address Address, UInt256[] StorageKeys);
