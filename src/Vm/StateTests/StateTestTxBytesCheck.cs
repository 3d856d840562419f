using ParallelEvm.State;
using ParallelEvm.State.Json;
using ParallelEvm.Vm.Signing;

namespace ParallelEvm.Vm.StateTests;

/// <summary>
/// Checks a vector's <c>txbytes</c> against the transaction built from the JSON fields: every field the signed
/// encoding carries must agree, and the sender recovered from the signature (under the fork's rules) must be the
/// fixture's <c>sender</c>. Field names in messages are the fixture's JSON names.
/// </summary>
public static class StateTestTxBytesCheck
{
    /// <summary>
    /// <paramref name="InvalidReason"/>: why the bytes make the transaction invalid (they do not decode, or no sender can be
    /// recovered). <paramref name="Mismatch"/>: the fields (and sender) where bytes and JSON disagree, "; "-joined.
    /// Both null when everything agrees.
    /// </summary>
    public readonly record struct Result(string? InvalidReason, string? Mismatch);

    /// <param name="json">The transaction built from the JSON fields (its <see cref="Transaction.Sender"/> is the fixture's).</param>
    /// <param name="chainId">The chain the fixture was filled for (typed transactions carry it; EIP-155 signatures encode it).</param>
    public static Result Check(StateTestTxBytes txBytes, Transaction json, ForkRules rules, ulong chainId)
    {
        if (txBytes.Decoded is not { } decoded) return new(txBytes.Error ?? "txbytes: not a transaction", null);

        var mismatches = new List<string>();
        CompareFields(decoded, json, mismatches);

        // A signature no client accepts makes the transaction invalid, just as bytes that do not decode do.
        var sender = SenderRecovery.Recover(decoded, rules, chainId, out var error);
        string? invalid = sender is null ? $"txbytes signature: {error}" : null;
        if (sender is { } s && s != json.Sender) mismatches.Add($"txbytes sender {s} != JSON sender {json.Sender}");
        return new(invalid, mismatches.Count == 0 ? null : string.Join("; ", mismatches));
    }

    /// <summary>Appends one message per differing field (nothing when they all agree).</summary>
    public static void CompareFields(Transaction bytes, Transaction json, List<string> mismatches)
    {
        if (bytes.Type != json.Type)
        {
            // The other fields are laid out differently per type: comparing them would only add noise.
            mismatches.Add($"txbytes type {(int)bytes.Type} != JSON type {(int)json.Type}");
            return;
        }
        if (bytes.Type != TxType.Legacy && bytes.ChainId != json.ChainId)
            Add(mismatches, "chainId", bytes.ChainId?.ToString() ?? "none", json.ChainId?.ToString() ?? "none");
        if (bytes.Nonce != json.Nonce) Add(mismatches, "nonce", bytes.Nonce.ToString(), json.Nonce.ToString());
        if (bytes.Type <= TxType.AccessList)
        {
            Compare(mismatches, "gasPrice", bytes.GasPrice, json.GasPrice);
        }
        else
        {
            Compare(mismatches, "maxFeePerGas", bytes.MaxFeePerGas, json.MaxFeePerGas);
            Compare(mismatches, "maxPriorityFeePerGas", bytes.MaxPriorityFeePerGas, json.MaxPriorityFeePerGas);
        }
        if (bytes.GasLimit != json.GasLimit) Add(mismatches, "gasLimit", bytes.GasLimit.ToString(), json.GasLimit.ToString());
        if (bytes.To != json.To) Add(mismatches, "to", bytes.To?.ToString() ?? "(creation)", json.To?.ToString() ?? "(creation)");
        Compare(mismatches, "value", bytes.Value, json.Value);
        CompareData(bytes.Data, json.Data, mismatches);
        if (bytes.Type != TxType.Legacy) CompareAccessLists(bytes.AccessList, json.AccessList, mismatches);
        if (bytes.Type == TxType.Blob)
        {
            Compare(mismatches, "maxFeePerBlobGas", bytes.MaxFeePerBlobGas, json.MaxFeePerBlobGas);
            CompareList(mismatches, "blobVersionedHashes", bytes.BlobVersionedHashes, json.BlobVersionedHashes, (a, b) => a == b, h => h.ToString());
        }
        if (bytes.Type == TxType.SetCode)
            CompareList(mismatches, "authorizationList", bytes.AuthorizationList, json.AuthorizationList, (a, b) => a == b, Describe);
    }

    static void CompareData(byte[] bytes, byte[] json, List<string> mismatches)
    {
        var common = bytes.AsSpan().CommonPrefixLength(json);
        if (common == bytes.Length && common == json.Length) return;
        mismatches.Add($"txbytes data ({bytes.Length} bytes) != JSON data ({json.Length} bytes): first difference at byte {common}");
    }

    static void CompareAccessLists(AccessListItem[] bytes, AccessListItem[] json, List<string> mismatches)
    {
        if (bytes.Length != json.Length)
        {
            mismatches.Add($"txbytes accessList has {bytes.Length} entries != JSON {json.Length}");
            return;
        }
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i].Address != json[i].Address)
                Add(mismatches, $"accessList[{i}].address", bytes[i].Address.ToString(), json[i].Address.ToString());
            CompareList(mismatches, $"accessList[{i}].storageKeys", bytes[i].StorageKeys, json[i].StorageKeys, (a, b) => a == b, k => k.ToHexString());
        }
    }

    static void CompareList<T>(List<string> mismatches, string field, T[] bytes, T[] json, Func<T, T, bool> equal, Func<T, string> describe)
    {
        if (bytes.Length != json.Length)
        {
            mismatches.Add($"txbytes {field} has {bytes.Length} entries != JSON {json.Length}");
            return;
        }
        for (int i = 0; i < bytes.Length; i++)
            if (!equal(bytes[i], json[i]))
            {
                Add(mismatches, $"{field}[{i}]", describe(bytes[i]), describe(json[i]));
                return; // the first differing entry is enough to locate the problem
            }
    }

    static string Describe(AuthorizationTuple a) =>
        $"(chainId {a.ChainId.ToHexString()}, address {a.Address}, nonce {a.Nonce}, yParity {a.YParity}, r {a.R.ToHexString()}, s {a.S.ToHexString()})";

    static void Compare(List<string> mismatches, string field, in UInt256 bytes, in UInt256 json)
    {
        if (bytes != json) Add(mismatches, field, bytes.ToHexString(), json.ToHexString());
    }

    static void Add(List<string> mismatches, string field, string bytes, string json) =>
        mismatches.Add($"txbytes {field} {bytes} != JSON {field} {json}");
}
