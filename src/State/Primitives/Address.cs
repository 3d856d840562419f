using System.Buffers.Binary;

namespace ParallelEvm.State;

/// <summary>A 20-byte account address, held as three integers so that comparing and hashing never touch memory.</summary>
public readonly struct Address : IEquatable<Address>, IComparable<Address>
{
    public const int Size = 20;
    // Big-endian: A0 = bytes 0..7, A1 = bytes 8..15, A2 = bytes 16..19.
    readonly ulong _a0, _a1;
    readonly uint _a2;

    public static readonly Address Zero = default;

    public Address(ReadOnlySpan<byte> bytes20)
    {
        if (bytes20.Length != Size) throw new ArgumentException($"an address has 20 bytes, got {bytes20.Length}");
        _a0 = BinaryPrimitives.ReadUInt64BigEndian(bytes20);
        _a1 = BinaryPrimitives.ReadUInt64BigEndian(bytes20[8..]);
        _a2 = BinaryPrimitives.ReadUInt32BigEndian(bytes20[16..]);
    }

    Address(ulong a0, ulong a1, uint a2) { _a0 = a0; _a1 = a1; _a2 = a2; }

    /// <summary>The low 20 bytes of a 32-byte word (how the EVM turns a stack item into an address).</summary>
    public static Address FromWord(in UInt256 word) =>
        new((word.U2 << 32) | (word.U1 >> 32), (word.U1 << 32) | (word.U0 >> 32), (uint)word.U0);

    /// <summary>The address as a 256-bit word, left-padded with zeros.</summary>
    public UInt256 ToWord() => new((_a1 << 32) | _a2, (_a0 << 32) | (_a1 >> 32), _a0 >> 32, 0);

    public void WriteTo(Span<byte> destination20)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination20, _a0);
        BinaryPrimitives.WriteUInt64BigEndian(destination20[8..], _a1);
        BinaryPrimitives.WriteUInt32BigEndian(destination20[16..], _a2);
    }

    public byte[] ToArray() { var b = new byte[Size]; WriteTo(b); return b; }

    /// <summary>Precompile-style small addresses (0x…01 etc.).</summary>
    public static Address FromNumber(ulong n)
    {
        Span<byte> b = stackalloc byte[Size];
        b.Clear();
        BinaryPrimitives.WriteUInt64BigEndian(b[12..], n);
        return new Address(b);
    }

    /// <summary>The numeric value when the first 12 bytes are zero (precompile check), else ulong.MaxValue.</summary>
    public ulong SmallNumber => _a0 == 0 && (_a1 >> 32) == 0 ? (_a1 << 32) | _a2 : ulong.MaxValue;

    public static Address Parse(string hex)
    {
        var s = hex.AsSpan().Trim();
        if (s.StartsWith("0x") || s.StartsWith("0X")) s = s[2..];
        if (s.Length != 40) throw new FormatException($"an address needs 40 hex digits, got '{hex}'");
        Span<byte> b = stackalloc byte[Size];
        if (Convert.FromHexString(s, b, out _, out _) != System.Buffers.OperationStatus.Done)
            throw new FormatException($"not a hex address: '{hex}'");
        return new Address(b);
    }

    public bool Equals(Address o) => _a0 == o._a0 && _a1 == o._a1 && _a2 == o._a2;
    public override bool Equals(object? obj) => obj is Address o && Equals(o);
    public override int GetHashCode() => (int)(_a0 ^ (_a0 >> 32) ^ _a1 ^ (_a1 >> 29) ^ _a2);
    public int CompareTo(Address o) => _a0 != o._a0 ? _a0.CompareTo(o._a0) : _a1 != o._a1 ? _a1.CompareTo(o._a1) : _a2.CompareTo(o._a2);
    public static bool operator ==(Address a, Address b) => a.Equals(b);
    public static bool operator !=(Address a, Address b) => !a.Equals(b);

    public override string ToString()
    {
        Span<byte> b = stackalloc byte[Size];
        WriteTo(b);
        return "0x" + Convert.ToHexStringLower(b);
    }
}
