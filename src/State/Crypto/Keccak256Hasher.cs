namespace ParallelEvm.State;

/// <summary>
/// Incremental Keccak-256 for input that arrives in pieces (e.g. RLP written in segments).
/// A mutable ~340-byte struct: keep it in a local and pass it by ref, never by value.
/// <c>default</c> is a fresh hasher; <see cref="Finish(Span{byte})"/> resets it for reuse.
/// </summary>
public struct Keccak256Hasher
{
    KeccakLanes _state;
    KeccakBlock _pending;
    int _pendingLength;

    public void Append(ReadOnlySpan<byte> data)
    {
        Span<byte> pending = _pending;
        if (_pendingLength > 0)
        {
            int take = Math.Min(KeccakSponge.Rate - _pendingLength, data.Length);
            data[..take].CopyTo(pending[_pendingLength..]);
            _pendingLength += take;
            data = data[take..];
            if (_pendingLength < KeccakSponge.Rate) return;
            KeccakSponge.AbsorbBlock(ref _state, pending);
            _pendingLength = 0;
        }
        while (data.Length >= KeccakSponge.Rate)
        {
            KeccakSponge.AbsorbBlock(ref _state, data[..KeccakSponge.Rate]);
            data = data[KeccakSponge.Rate..];
        }
        data.CopyTo(pending);
        _pendingLength = data.Length;
    }

    public void Append(byte value) => Append([value]);

    /// <summary>Writes the digest of everything appended so far, then resets to the empty state.</summary>
    public void Finish(Span<byte> output32)
    {
        if (output32.Length < Keccak256.HashSize) throw new ArgumentException($"Keccak-256 output needs 32 bytes, got {output32.Length}", nameof(output32));
        Span<byte> pending = _pending;
        KeccakSponge.AbsorbFinal(ref _state, pending[.._pendingLength]);
        KeccakSponge.Squeeze32(ref _state, output32);
        Reset();
    }

    public Hash256 Finish()
    {
        Span<byte> output = stackalloc byte[Keccak256.HashSize];
        Finish(output);
        return new Hash256(output);
    }

    public void Reset()
    {
        _state = default;
        _pendingLength = 0;
    }
}
