namespace ParallelEvm.State.Json;

/// <summary>
/// A post entry's <c>txbytes</c>: the signed transaction the fixture was filled with, decoded (EIP-2718 envelope or
/// legacy RLP list). Vectors of different forks with the same indexes share one instance, so each distinct encoding
/// is decoded once per test. Bytes that do not decode make the vector's transaction invalid: a client given them
/// would reject the transaction, so this is a test outcome, not a fixture error.
/// </summary>
public sealed class StateTestTxBytes
{
    StateTestTxBytes(byte[] encoded, Transaction? decoded, string? error)
    {
        Encoded = encoded;
        Decoded = decoded;
        Error = error;
    }

    public byte[] Encoded { get; }

    /// <summary>The decoded transaction (its sender unknown: recover it from the signature); null when <see cref="Error"/> is set.</summary>
    public Transaction? Decoded { get; }

    /// <summary>Why the bytes are not a transaction, e.g. <c>txbytes: RLP: integer has leading zero bytes at offset 3</c>.</summary>
    public string? Error { get; }

    /// <summary>Decodes; never throws for bad bytes (the reason lands in <see cref="Error"/>).</summary>
    public static StateTestTxBytes Decode(byte[] encoded)
    {
        try
        {
            return new StateTestTxBytes(encoded, TransactionRlp.Decode(encoded), null);
        }
        catch (RlpException ex)
        {
            return new StateTestTxBytes(encoded, null, $"txbytes: {ex.Message}{EnvelopeNote(encoded, ex)}");
        }
    }

    /// <summary>
    /// The decoder counts a typed transaction's offsets from the byte after the EIP-2718 type byte; say so, and give
    /// the position in txbytes too, so the reader can find the byte.
    /// </summary>
    static string EnvelopeNote(byte[] encoded, RlpException ex) =>
        encoded.Length > 0 && encoded[0] is >= (byte)TxType.AccessList and <= (byte)TxType.SetCode
            ? $" of the type 0x{encoded[0]:x2} payload, byte {ex.Offset + 1} of txbytes"
            : "";
}
