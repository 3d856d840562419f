using System.Numerics;
using System.Runtime.CompilerServices;

namespace ParallelEvm.State;

/// <summary>
/// 256-bit unsigned integer as four 64-bit limbs (U0 least significant). A value type that never allocates
/// on its arithmetic paths; only the explicit BigInteger/string/byte[] conversions allocate.
/// The other parts of this partial struct: Limbs (carry/multiply/divide helpers), Arithmetic, Division,
/// Bitwise, Signed, Conversions.
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

    /// <summary>Number of leading zero bits (256 for zero); the static twin of <see cref="LeadingZeroCount"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CountLeadingZeros(in UInt256 x) => 256 - x.BitLength;

    /// <summary>The value as long, or long.MaxValue when it does not fit (gas and offsets saturate).</summary>
    public long ToLongSaturating() => (U1 | U2 | U3) == 0 && U0 <= long.MaxValue ? (long)U0 : long.MaxValue;

    public static implicit operator UInt256(ulong v) => new(v);
    public static implicit operator UInt256(uint v) => new(v);
    public static implicit operator UInt256(int v) => v >= 0 ? new((ulong)v) : throw new OverflowException("negative UInt256");
    /// <summary>Truncating: the low 64 bits.</summary>
    public static explicit operator ulong(UInt256 v) => v.U0;
    /// <summary>Truncating: the low 64 bits reinterpreted as signed.</summary>
    public static explicit operator long(UInt256 v) => (long)v.U0;

    /// <summary>Limb i (0 = least significant) for i in 0..3.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong Limb(int i) => i switch { 0 => U0, 1 => U1, 2 => U2, _ => U3 };

    // ---- comparison ----
    public bool Equals(UInt256 other) => ((U0 ^ other.U0) | (U1 ^ other.U1) | (U2 ^ other.U2) | (U3 ^ other.U3)) == 0;
    public override bool Equals(object? obj) => obj is UInt256 o && Equals(o);
    public override int GetHashCode() => HashCode.Combine(U0, U1, U2, U3);
    public int CompareTo(UInt256 o) => Compare(in this, in o);

    /// <summary>Unsigned three-way comparison without copying either operand.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(in UInt256 a, in UInt256 b) =>
        a.U3 != b.U3 ? (a.U3 < b.U3 ? -1 : 1)
        : a.U2 != b.U2 ? (a.U2 < b.U2 ? -1 : 1)
        : a.U1 != b.U1 ? (a.U1 < b.U1 ? -1 : 1)
        : a.U0 != b.U0 ? (a.U0 < b.U0 ? -1 : 1) : 0;

    /// <summary>Unsigned a &lt; b (LT) without copying either operand.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessThan(in UInt256 a, in UInt256 b)
    {
        // Borrow out of a - b is exactly a < b; no data-dependent branches.
        ulong borrow = 0;
        SubBorrow(a.U0, b.U0, ref borrow);
        SubBorrow(a.U1, b.U1, ref borrow);
        SubBorrow(a.U2, b.U2, ref borrow);
        SubBorrow(a.U3, b.U3, ref borrow);
        return borrow != 0;
    }

    public static bool operator ==(UInt256 a, UInt256 b) => a.Equals(b);
    public static bool operator !=(UInt256 a, UInt256 b) => !a.Equals(b);
    public static bool operator <(UInt256 a, UInt256 b) => LessThan(in a, in b);
    public static bool operator >(UInt256 a, UInt256 b) => LessThan(in b, in a);
    public static bool operator <=(UInt256 a, UInt256 b) => !LessThan(in b, in a);
    public static bool operator >=(UInt256 a, UInt256 b) => !LessThan(in a, in b);
}
