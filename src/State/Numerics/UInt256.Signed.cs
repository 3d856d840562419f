namespace ParallelEvm.State;

/// <summary>Two's-complement signed views used by SLT/SGT, SDIV and SMOD (yellow paper, appendix H).</summary>
public readonly partial struct UInt256
{
    /// <summary>Two's-complement signed comparison (SLT/SGT): negative when a &lt; b.</summary>
    public static int SignedCompare(in UInt256 a, in UInt256 b)
    {
        bool an = a.IsNegative, bn = b.IsNegative;
        if (an != bn) return an ? -1 : 1;
        return Compare(in a, in b);
    }

    /// <summary>SDIV: truncating signed division; x/0 = 0; MIN/-1 = MIN.</summary>
    public static UInt256 SignedDivide(in UInt256 a, in UInt256 b)
    {
        if (b.IsZero) return Zero;
        bool an = a.IsNegative, bn = b.IsNegative;
        // |MIN| is 2^255 as an unsigned value, so MIN / -1 = 2^255 negated = MIN without a special case.
        var ua = an ? a.Negate() : a;
        var ub = bn ? b.Negate() : b;
        DivRem(in ua, in ub, out var q, out _);
        return an != bn ? q.Negate() : q;
    }

    /// <summary>SMOD: sign follows the dividend; x%0 = 0.</summary>
    public static UInt256 SignedModulo(in UInt256 a, in UInt256 b)
    {
        if (b.IsZero) return Zero;
        bool an = a.IsNegative;
        var ua = an ? a.Negate() : a;
        var ub = b.IsNegative ? b.Negate() : b;
        DivRem(in ua, in ub, out _, out var r);
        return an ? r.Negate() : r;
    }
}
