using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ParallelEvm.State;

/// <summary>Big-endian bytes, BigInteger, and text (decimal and "0x" hex) conversions.</summary>
public readonly partial struct UInt256
{
    /// <summary>10^19, the largest power of ten below 2^64: decimal text is handled 19 digits at a time.</summary>
    const ulong TenPow19 = 10_000_000_000_000_000_000UL;
    const int MaxDecimalDigits = 78;   // 2^256 - 1 has 78 decimal digits

    // ---- big-endian bytes ----

    /// <summary>Reads up to 32 big-endian bytes (shorter input is left-padded with zeros).</summary>
    [SkipLocalsInit]
    public static UInt256 FromBigEndian(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 32) return ReadBigEndian32(bytes);
        if (bytes.Length > 32) throw new ArgumentException("more than 32 bytes", nameof(bytes));
        Span<byte> buf = stackalloc byte[32];
        buf.Clear();
        bytes.CopyTo(buf[(32 - bytes.Length)..]);
        return ReadBigEndian32(buf);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static UInt256 ReadBigEndian32(ReadOnlySpan<byte> b) => new(
        BinaryPrimitives.ReadUInt64BigEndian(b[24..]),
        BinaryPrimitives.ReadUInt64BigEndian(b[16..]),
        BinaryPrimitives.ReadUInt64BigEndian(b[8..]),
        BinaryPrimitives.ReadUInt64BigEndian(b));

    /// <summary>Writes the value as 32 big-endian bytes into the start of destination32.</summary>
    public void WriteBigEndian(Span<byte> destination32)
    {
        if (destination32.Length < 32) throw new ArgumentOutOfRangeException(nameof(destination32), "need 32 bytes");
        BinaryPrimitives.WriteUInt64BigEndian(destination32, U3);
        BinaryPrimitives.WriteUInt64BigEndian(destination32[8..], U2);
        BinaryPrimitives.WriteUInt64BigEndian(destination32[16..], U1);
        BinaryPrimitives.WriteUInt64BigEndian(destination32[24..], U0);
    }

    public byte[] ToBigEndianBytes() { var b = new byte[32]; WriteBigEndian(b); return b; }

    /// <summary>Big-endian bytes without leading zeros (empty for zero), as RLP wants them.</summary>
    [SkipLocalsInit]
    public byte[] ToMinimalBigEndianBytes()
    {
        Span<byte> b = stackalloc byte[32];
        WriteBigEndian(b);
        return b[(32 - (BitLength + 7) / 8)..].ToArray();
    }

    // ---- BigInteger (allocating; for tests, tooling and precompiles) ----

    [SkipLocalsInit]
    public BigInteger ToBigInteger()
    {
        Span<byte> b = stackalloc byte[32];
        WriteBigEndian(b);
        return new BigInteger(b, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>Throws OverflowException for negative values or values of 2^256 and above.</summary>
    [SkipLocalsInit]
    public static UInt256 FromBigInteger(BigInteger v)
    {
        if (v.Sign < 0 || v.GetBitLength() > 256) throw new OverflowException("value does not fit in UInt256");
        Span<byte> b = stackalloc byte[32];
        b.Clear();
        int n = v.GetByteCount(isUnsigned: true);
        v.TryWriteBytes(b[(32 - n)..], out _, isUnsigned: true, isBigEndian: true);
        return ReadBigEndian32(b);
    }

    // ---- text ----

    /// <summary>Parses "0x…" hex or decimal. Throws FormatException or OverflowException.</summary>
    public static UInt256 Parse(string s)
    {
        if (!TryParse(s, out var v, out var overflow))
            throw overflow ? new OverflowException($"value exceeds 2^256: {s}") : new FormatException($"not a number: '{s}'");
        return v;
    }

    /// <summary>
    /// Parses "0x…" hex (an empty digit string is zero) or decimal, ignoring surrounding white space.
    /// On failure value is zero and overflow tells a well-formed number of 2^256 or more from bad text.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, out UInt256 value, out bool overflow)
    {
        s = s.Trim();
        if (s.Length == 0) { value = default; overflow = false; return false; }
        if (s.StartsWith("0x") || s.StartsWith("0X")) return TryParseHex(s[2..], out value, out overflow);
        return TryParseDecimal(s, out value, out overflow);
    }

    [SkipLocalsInit]
    static bool TryParseHex(ReadOnlySpan<char> hex, out UInt256 value, out bool overflow)
    {
        value = default; overflow = false;
        foreach (var c in hex) if (HexDigit(c) < 0) return false;
        int start = 0;
        while (start < hex.Length && hex[start] == '0') start++;
        var digits = hex[start..];
        if (digits.Length > 64) { overflow = true; return false; }

        Span<ulong> limbs = stackalloc ulong[4];
        limbs.Clear();
        for (int k = 0; k < digits.Length; k++)
            limbs[k >> 4] |= (ulong)HexDigit(digits[digits.Length - 1 - k]) << ((k & 15) * 4);
        value = new UInt256(limbs[0], limbs[1], limbs[2], limbs[3]);
        return true;
    }

    [SkipLocalsInit]
    static bool TryParseDecimal(ReadOnlySpan<char> s, out UInt256 value, out bool overflow)
    {
        value = default; overflow = false;
        foreach (var c in s) if (c < '0' || c > '9') return false;
        int start = 0;
        while (start < s.Length && s[start] == '0') start++;
        var digits = s[start..];
        if (digits.Length > MaxDecimalDigits) { overflow = true; return false; }

        Span<ulong> acc = stackalloc ulong[4];
        acc.Clear();
        // Consume a short leading chunk, then chunks of 19 digits: acc = acc * 10^len + chunk.
        int pos = 0;
        int len = digits.Length % 19 == 0 ? 19 : digits.Length % 19;
        while (pos < digits.Length)
        {
            ulong chunk = 0, scale = 1;
            for (int i = 0; i < len; i++) { chunk = chunk * 10 + (ulong)(digits[pos + i] - '0'); scale *= 10; }
            ulong carry = chunk;
            for (int i = 0; i < 4; i++) carry = MulAdd(acc[i], scale, carry, out acc[i]);
            if (carry != 0) { overflow = true; return false; }
            pos += len;
            len = 19;
        }
        value = new UInt256(acc[0], acc[1], acc[2], acc[3]);
        return true;
    }

    static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Decimal text without leading zeros ("0" for zero).</summary>
    [SkipLocalsInit]
    public override unsafe string ToString()
    {
        if (FitsInUlong) return U0.ToString(CultureInfo.InvariantCulture);
        Span<char> text = stackalloc char[MaxDecimalDigits];
        ulong* limbs = stackalloc ulong[4];
        limbs[0] = U0; limbs[1] = U1; limbs[2] = U2; limbs[3] = U3;
        int n = U3 != 0 ? 4 : U2 != 0 ? 3 : 2;
        int pos = text.Length;
        while (n > 0)
        {
            ulong chunk = DivRemByLimb(limbs, n, TenPow19, limbs);
            while (n > 0 && limbs[n - 1] == 0) n--;
            // Inner chunks are zero-padded to 19 digits; the most significant one is not.
            int written = 0;
            do
            {
                text[--pos] = (char)('0' + (int)(chunk % 10));
                chunk /= 10;
                written++;
            } while (chunk != 0 || (n > 0 && written < 19));
        }
        return new string(text[pos..]);
    }

    /// <summary>"0x" + minimal lowercase hex ("0x0" for zero).</summary>
    [SkipLocalsInit]
    public string ToHexString()
    {
        int nibbles = Math.Max(1, (BitLength + 3) / 4);
        Span<char> text = stackalloc char[2 + 64];
        text[0] = '0'; text[1] = 'x';
        for (int k = 0; k < nibbles; k++)
        {
            int nibble = (int)((Limb(k >> 4) >> ((k & 15) * 4)) & 0xf);
            text[1 + nibbles - k] = "0123456789abcdef"[nibble];
        }
        return new string(text[..(2 + nibbles)]);
    }
}
