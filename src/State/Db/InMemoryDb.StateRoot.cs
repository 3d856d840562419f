namespace ParallelEvm.State;

public sealed partial class InMemoryDb
{
    /// <summary>
    /// The state root (yellow paper §4.1): the secure Merkle-Patricia trie of keccak(address) →
    /// RLP[nonce, balance, storageRoot, codeHash]. Computed from scratch on each call (test and check use, not a hot path).
    /// </summary>
    public Hash256 ComputeStateRoot()
    {
        using var rlp = new RlpWriter();
        var leaves = new List<KeyValuePair<byte[], byte[]>>(_accounts.Count);
        foreach (var (address, account) in _accounts)
        {
            var storageRoot = ComputeStorageRoot(address);
            rlp.Reset();
            rlp.StartList();
            rlp.WriteULong(account.Nonce);
            rlp.WriteUInt256(account.Balance);
            rlp.WriteHash(storageRoot);
            rlp.WriteHash(account.CodeHash);
            rlp.EndList();
            leaves.Add(new(address.ToArray(), rlp.ToArray()));
        }
        return MerkleTrie.ComputeSecureRoot(leaves);
    }

    /// <summary>
    /// An account's storage root: the secure trie of keccak(slot as 32 bytes) → RLP(value as minimal big-endian bytes),
    /// zero slots omitted (an account without storage gets the empty-trie root).
    /// </summary>
    public Hash256 ComputeStorageRoot(Address address)
    {
        var leaves = new List<KeyValuePair<byte[], byte[]>>();
        if (_storage.TryGetValue(address, out var slots))
        {
            using var rlp = new RlpWriter(40);
            foreach (var (slot, value) in slots)
            {
                if (value.IsZero) continue;
                rlp.Reset();
                rlp.WriteUInt256(value);
                leaves.Add(new(slot.ToBigEndianBytes(), rlp.ToArray()));
            }
        }
        return MerkleTrie.ComputeSecureRoot(leaves);
    }
}
