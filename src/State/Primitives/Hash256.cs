using System.Buffers.Binary;

namespace ParallelEvm.State;

/// <summary>A 32-byte hash (Keccak-256 output, state roots, code hashes), held as four integers.</summary>
public readonly struct Hash256 : IEquatable<Hash256>
{
    public const int Size = 32;
    // Big-endian: H0 = bytes 0..7 … H3 = bytes 24..31.
    readonly ulong _h0, _h1, _h2, _h3;

    public static readonly Hash256 Zero = default;

    public Hash256(ReadOnlySpan<byte> bytes32)
    {
        if (bytes32.Length != Size) throw new ArgumentException($"a hash has 32 bytes, got {bytes32.Length}");
        _h0 = BinaryPrimitives.ReadUInt64BigEndian(bytes32);
        _h1 = BinaryPrimitives.ReadUInt64BigEndian(bytes32[8..]);
        _h2 = BinaryPrimitives.ReadUInt64BigEndian(bytes32[16..]);
        _h3 = BinaryPrimitives.ReadUInt64BigEndian(bytes32[24..]);
    }

    public Hash256(in UInt256 word) { _h0 = word.U3; _h1 = word.U2; _h2 = word.U1; _h3 = word.U0; }

    public UInt256 ToWord() => new(_h3, _h2, _h1, _h0);

    public void WriteTo(Span<byte> destination32)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination32, _h0);
        BinaryPrimitives.WriteUInt64BigEndian(destination32[8..], _h1);
        BinaryPrimitives.WriteUInt64BigEndian(destination32[16..], _h2);
        BinaryPrimitives.WriteUInt64BigEndian(destination32[24..], _h3);
    }

    public byte[] ToArray() { var b = new byte[Size]; WriteTo(b); return b; }

    public static Hash256 Parse(string hex)
    {
        var s = hex.AsSpan().Trim();
        if (s.StartsWith("0x") || s.StartsWith("0X")) s = s[2..];
        if (s.Length != 64) throw new FormatException($"a hash needs 64 hex digits, got '{hex}'");
        Span<byte> b = stackalloc byte[Size];
        if (Convert.FromHexString(s, b, out _, out _) != System.Buffers.OperationStatus.Done)
            throw new FormatException($"not a hex hash: '{hex}'");
        return new Hash256(b);
    }

    public bool Equals(Hash256 o) => _h0 == o._h0 && _h1 == o._h1 && _h2 == o._h2 && _h3 == o._h3;
    public override bool Equals(object? obj) => obj is Hash256 o && Equals(o);
    // Keccak output is uniformly distributed: any 32 bits make a good hash code.
    public override int GetHashCode() => (int)_h0 ^ (int)(_h3 >> 32);
    public static bool operator ==(Hash256 a, Hash256 b) => a.Equals(b);
    public static bool operator !=(Hash256 a, Hash256 b) => !a.Equals(b);

    public override string ToString()
    {
        Span<byte> b = stackalloc byte[Size];
        WriteTo(b);
        return "0x" + Convert.ToHexStringLower(b);
    }
}
