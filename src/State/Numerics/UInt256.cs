using System.Numerics;
using System.Runtime.CompilerServices;

namespace ParallelEvm.State;

/// <summary>
/// 256-bit unsigned integer as four 64-bit limbs (U0 least significant). A value type that never allocates.
/// PLACEHOLDER: arithmetic here routes through BigInteger until the limb implementation lands.
/// </summary>
public readonly partial struct UInt256 : IEquatable<UInt256>, IComparable<UInt256>
{
    public readonly ulong U0, U1, U2, U3;

    public static readonly UInt256 Zero = default;
    public static readonly UInt256 One = new(1);
    public static readonly UInt256 MaxValue = new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue);

    public UInt256(ulong u0, ulong u1, ulong u2, ulong u3) { U0 = u0; U1 = u1; U2 = u2; U3 = u3; }
    public UInt256(ulong value) { U0 = value; U1 = 0; U2 = 0; U3 = 0; }

    public bool IsZero => (U0 | U1 | U2 | U3) == 0;
    public bool IsOne => U0 == 1 && (U1 | U2 | U3) == 0;
    /// <summary>True when the two's-complement sign bit (bit 255) is set.</summary>
    public bool IsNegative => (long)U3 < 0;
    public bool FitsInUlong => (U1 | U2 | U3) == 0;
    public int BitLength => U3 != 0 ? 256 - BitOperations.LeadingZeroCount(U3)
        : U2 != 0 ? 192 - BitOperations.LeadingZeroCount(U2)
        : U1 != 0 ? 128 - BitOperations.LeadingZeroCount(U1)
        : 64 - BitOperations.LeadingZeroCount(U0);
    public int LeadingZeroCount => 256 - BitLength;

    /// <summary>The value as long, or long.MaxValue when it does not fit (gas and offsets saturate).</summary>
    public long ToLongSaturating() => (U1 | U2 | U3) == 0 && U0 <= long.MaxValue ? (long)U0 : long.MaxValue;

    public static implicit operator UInt256(ulong v) => new(v);
    public static implicit operator UInt256(uint v) => new(v);
    public static implicit operator UInt256(int v) => v >= 0 ? new((ulong)v) : throw new OverflowException("negative UInt256");
    public static explicit operator ulong(UInt256 v) => v.U0;
    public static explicit operator long(UInt256 v) => (long)v.U0;

    // ---- big-endian bytes ----
    public static UInt256 FromBigEndian(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 32) throw new ArgumentException("more than 32 bytes", nameof(bytes));
        Span<byte> buf = stackalloc byte[32];
        buf.Clear();
        bytes.CopyTo(buf[(32 - bytes.Length)..]);
        return new UInt256(
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(buf[24..]),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(buf[16..]),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(buf[8..]),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(buf));
    }

    public void WriteBigEndian(Span<byte> destination32)
    {
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(destination32, U3);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(destination32[8..], U2);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(destination32[16..], U1);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(destination32[24..], U0);
    }

    public byte[] ToBigEndianBytes() { var b = new byte[32]; WriteBigEndian(b); return b; }

    /// <summary>Big-endian bytes without leading zeros (empty for zero), as RLP wants them.</summary>
    public byte[] ToMinimalBigEndianBytes()
    {
        Span<byte> b = stackalloc byte[32];
        WriteBigEndian(b);
        int i = 0;
        while (i < 32 && b[i] == 0) i++;
        return b[i..].ToArray();
    }

    public BigInteger ToBigInteger()
    {
        Span<byte> b = stackalloc byte[32];
        WriteBigEndian(b);
        return new BigInteger(b, isUnsigned: true, isBigEndian: true);
    }

    public static UInt256 FromBigInteger(BigInteger v)
    {
        if (v.Sign < 0 || v.GetBitLength() > 256) throw new OverflowException("value does not fit in UInt256");
        Span<byte> b = stackalloc byte[32];
        b.Clear();
        int n = v.GetByteCount(isUnsigned: true);
        v.TryWriteBytes(b[(32 - n)..], out _, isUnsigned: true, isBigEndian: true);
        return FromBigEndian(b);
    }

    /// <summary>Truncates modulo 2^256 (two's complement for negatives).</summary>
    static UInt256 Wrap(BigInteger v)
    {
        var m = BigInteger.One << 256;
        v %= m;
        if (v.Sign < 0) v += m;
        return FromBigInteger(v);
    }

    /// <summary>Parses "0x…" hex or decimal. Throws FormatException or OverflowException.</summary>
    public static UInt256 Parse(string s)
    {
        if (!TryParse(s, out var v, out var overflow))
            throw overflow ? new OverflowException($"value exceeds 2^256: {s}") : new FormatException($"not a number: '{s}'");
        return v;
    }

    public static bool TryParse(ReadOnlySpan<char> s, out UInt256 value, out bool overflow)
    {
        value = default; overflow = false;
        s = s.Trim();
        if (s.Length == 0) return false;
        BigInteger acc;
        if (s.StartsWith("0x") || s.StartsWith("0X"))
        {
            var hex = s[2..];
            if (hex.Length == 0) { value = Zero; return true; }
            acc = BigInteger.Zero;
            foreach (var c in hex)
            {
                int d = HexDigit(c);
                if (d < 0) return false;
                acc = (acc << 4) | d;
            }
        }
        else
        {
            acc = BigInteger.Zero;
            foreach (var c in s)
            {
                if (c < '0' || c > '9') return false;
                acc = acc * 10 + (c - '0');
            }
        }
        if (acc.GetBitLength() > 256) { overflow = true; return false; }
        value = FromBigInteger(acc);
        return true;
    }

    static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    public override string ToString() => ToBigInteger().ToString();
    /// <summary>"0x" + minimal lowercase hex ("0x0" for zero).</summary>
    public string ToHexString()
    {
        if (IsZero) return "0x0";
        return "0x" + Convert.ToHexStringLower(ToMinimalBigEndianBytes()).TrimStart('0');
    }

    // ---- comparison ----
    public bool Equals(UInt256 other) => U0 == other.U0 && U1 == other.U1 && U2 == other.U2 && U3 == other.U3;
    public override bool Equals(object? obj) => obj is UInt256 o && Equals(o);
    public override int GetHashCode() => HashCode.Combine(U0, U1, U2, U3);
    public int CompareTo(UInt256 o) =>
        U3 != o.U3 ? U3.CompareTo(o.U3) : U2 != o.U2 ? U2.CompareTo(o.U2) : U1 != o.U1 ? U1.CompareTo(o.U1) : U0.CompareTo(o.U0);
    public static bool operator ==(UInt256 a, UInt256 b) => a.Equals(b);
    public static bool operator !=(UInt256 a, UInt256 b) => !a.Equals(b);
    public static bool operator <(UInt256 a, UInt256 b) => a.CompareTo(b) < 0;
    public static bool operator >(UInt256 a, UInt256 b) => a.CompareTo(b) > 0;
    public static bool operator <=(UInt256 a, UInt256 b) => a.CompareTo(b) <= 0;
    public static bool operator >=(UInt256 a, UInt256 b) => a.CompareTo(b) >= 0;
    /// <summary>Two's-complement signed comparison (SLT/SGT): negative when a &lt; b.</summary>
    public static int SignedCompare(in UInt256 a, in UInt256 b)
    {
        bool an = a.IsNegative, bn = b.IsNegative;
        if (an != bn) return an ? -1 : 1;
        return a.CompareTo(b);
    }

    // ---- arithmetic (wrapping modulo 2^256, EVM semantics: x/0 = 0, x%0 = 0) ----
    public static UInt256 operator +(UInt256 a, UInt256 b) => Wrap(a.ToBigInteger() + b.ToBigInteger());
    public static UInt256 operator -(UInt256 a, UInt256 b) => Wrap(a.ToBigInteger() - b.ToBigInteger());
    public static UInt256 operator *(UInt256 a, UInt256 b) => Wrap(a.ToBigInteger() * b.ToBigInteger());
    public static UInt256 operator /(UInt256 a, UInt256 b) => b.IsZero ? Zero : FromBigInteger(a.ToBigInteger() / b.ToBigInteger());
    public static UInt256 operator %(UInt256 a, UInt256 b) => b.IsZero ? Zero : FromBigInteger(a.ToBigInteger() % b.ToBigInteger());
    public static UInt256 operator &(UInt256 a, UInt256 b) => new(a.U0 & b.U0, a.U1 & b.U1, a.U2 & b.U2, a.U3 & b.U3);
    public static UInt256 operator |(UInt256 a, UInt256 b) => new(a.U0 | b.U0, a.U1 | b.U1, a.U2 | b.U2, a.U3 | b.U3);
    public static UInt256 operator ^(UInt256 a, UInt256 b) => new(a.U0 ^ b.U0, a.U1 ^ b.U1, a.U2 ^ b.U2, a.U3 ^ b.U3);
    public static UInt256 operator ~(UInt256 a) => new(~a.U0, ~a.U1, ~a.U2, ~a.U3);
    /// <summary>Logical shifts; a shift of 256 or more gives zero.</summary>
    public static UInt256 operator <<(UInt256 a, int n) => n >= 256 ? Zero : Wrap(a.ToBigInteger() << n);
    public static UInt256 operator >>(UInt256 a, int n) => n >= 256 ? Zero : FromBigInteger(a.ToBigInteger() >> n);

    public static bool AddOverflow(in UInt256 a, in UInt256 b, out UInt256 sum)
    {
        var s = a.ToBigInteger() + b.ToBigInteger();
        sum = Wrap(s);
        return s.GetBitLength() > 256;
    }

    public static bool SubtractUnderflow(in UInt256 a, in UInt256 b, out UInt256 difference)
    {
        difference = a - b;
        return a < b;
    }

    public static bool MultiplyOverflow(in UInt256 a, in UInt256 b, out UInt256 product)
    {
        var p = a.ToBigInteger() * b.ToBigInteger();
        product = Wrap(p);
        return p.GetBitLength() > 256;
    }

    public UInt256 Negate() => Wrap(-ToBigInteger());

    static BigInteger Signed(in UInt256 v) => v.IsNegative ? v.ToBigInteger() - (BigInteger.One << 256) : v.ToBigInteger();

    /// <summary>SDIV: truncating signed division; x/0 = 0; MIN/-1 = MIN.</summary>
    public static UInt256 SignedDivide(in UInt256 a, in UInt256 b) => b.IsZero ? Zero : Wrap(BigInteger.Divide(Signed(a), Signed(b)));
    /// <summary>SMOD: sign follows the dividend; x%0 = 0.</summary>
    public static UInt256 SignedModulo(in UInt256 a, in UInt256 b) => b.IsZero ? Zero : Wrap(BigInteger.Remainder(Signed(a), Signed(b)));
    /// <summary>ADDMOD with a 257-bit intermediate; m = 0 gives 0.</summary>
    public static UInt256 AddMod(in UInt256 a, in UInt256 b, in UInt256 m) => m.IsZero ? Zero : FromBigInteger((a.ToBigInteger() + b.ToBigInteger()) % m.ToBigInteger());
    /// <summary>MULMOD with a 512-bit intermediate; m = 0 gives 0.</summary>
    public static UInt256 MulMod(in UInt256 a, in UInt256 b, in UInt256 m) => m.IsZero ? Zero : FromBigInteger(a.ToBigInteger() * b.ToBigInteger() % m.ToBigInteger());
    /// <summary>EXP modulo 2^256.</summary>
    public static UInt256 Exp(in UInt256 b, in UInt256 e) => FromBigInteger(BigInteger.ModPow(b.ToBigInteger(), e.ToBigInteger(), BigInteger.One << 256));
    /// <summary>SIGNEXTEND: extends the sign of byte index b (0 = least significant) of x; b ≥ 31 leaves x.</summary>
    public static UInt256 SignExtend(in UInt256 b, in UInt256 x)
    {
        if (!b.FitsInUlong || b.U0 >= 31) return x;
        int bit = (int)b.U0 * 8 + 7;
        var mask = (One << bit) - One;
        bool neg = !((x >> bit) & One).IsZero;
        return neg ? x | ~mask : x & mask;
    }
    /// <summary>SAR: arithmetic shift right; shifts of 256 or more give 0 or all ones.</summary>
    public static UInt256 ShiftRightArithmetic(in UInt256 x, in UInt256 shift)
    {
        if (!shift.FitsInUlong || shift.U0 >= 256) return x.IsNegative ? MaxValue : Zero;
        return Wrap(Signed(x) >> (int)shift.U0);
    }
    /// <summary>BYTE: byte i of x counted from the most significant; i ≥ 32 gives 0.</summary>
    public static UInt256 Byte(in UInt256 i, in UInt256 x)
    {
        if (!i.FitsInUlong || i.U0 >= 32) return Zero;
        return (x >> (int)(8 * (31 - i.U0))) & new UInt256(0xff);
    }
}
