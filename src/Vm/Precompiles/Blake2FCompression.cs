using System.Numerics;
using System.Runtime.CompilerServices;

namespace ParallelEvm.Vm.Precompiles;

/// <summary>The BLAKE2b compression function F (RFC 7693 §3.2) with a caller-chosen number of rounds (EIP-152).</summary>
public static class Blake2FCompression
{
    // RFC 7693 §2.6: the BLAKE2b IV (same as SHA-512's).
    static ReadOnlySpan<ulong> IV =>
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];

    // RFC 7693 §2.7: message word schedule; round i uses row i mod 10.
    static ReadOnlySpan<byte> Sigma =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
        11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
        7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
        9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
        2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
        12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
        13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
        6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
        10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
    ];

    /// <summary>
    /// Compresses one 128-byte block <paramref name="m"/> (16 words) into the state <paramref name="h"/> (8 words), in place.
    /// t0/t1 are the offset counter words; <paramref name="final"/> marks the last block.
    /// </summary>
    public static void Compress(Span<ulong> h, ReadOnlySpan<ulong> m, ulong t0, ulong t1, bool final, uint rounds)
    {
        if (h.Length != 8) throw new ArgumentException("the BLAKE2b state has 8 words", nameof(h));
        if (m.Length != 16) throw new ArgumentException("a BLAKE2b block has 16 words", nameof(m));

        // The working vector lives in locals so the JIT can keep it in registers (rounds may number 2^32 - 1).
        ulong v0 = h[0], v1 = h[1], v2 = h[2], v3 = h[3], v4 = h[4], v5 = h[5], v6 = h[6], v7 = h[7];
        ulong v8 = IV[0], v9 = IV[1], v10 = IV[2], v11 = IV[3];
        ulong v12 = IV[4] ^ t0, v13 = IV[5] ^ t1, v14 = final ? ~IV[6] : IV[6], v15 = IV[7];

        for (uint round = 0; round < rounds; round++)
        {
            var s = Sigma.Slice((int)(round % 10) * 16, 16);
            // Columns, then diagonals (RFC 7693 §3.2).
            G(ref v0, ref v4, ref v8, ref v12, m[s[0]], m[s[1]]);
            G(ref v1, ref v5, ref v9, ref v13, m[s[2]], m[s[3]]);
            G(ref v2, ref v6, ref v10, ref v14, m[s[4]], m[s[5]]);
            G(ref v3, ref v7, ref v11, ref v15, m[s[6]], m[s[7]]);
            G(ref v0, ref v5, ref v10, ref v15, m[s[8]], m[s[9]]);
            G(ref v1, ref v6, ref v11, ref v12, m[s[10]], m[s[11]]);
            G(ref v2, ref v7, ref v8, ref v13, m[s[12]], m[s[13]]);
            G(ref v3, ref v4, ref v9, ref v14, m[s[14]], m[s[15]]);
        }

        h[0] ^= v0 ^ v8;
        h[1] ^= v1 ^ v9;
        h[2] ^= v2 ^ v10;
        h[3] ^= v3 ^ v11;
        h[4] ^= v4 ^ v12;
        h[5] ^= v5 ^ v13;
        h[6] ^= v6 ^ v14;
        h[7] ^= v7 ^ v15;
    }

    /// <summary>The mixing function G (RFC 7693 §3.1) with BLAKE2b's rotation constants 32, 24, 16, 63.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void G(ref ulong a, ref ulong b, ref ulong c, ref ulong d, ulong x, ulong y)
    {
        a = a + b + x;
        d = BitOperations.RotateRight(d ^ a, 32);
        c += d;
        b = BitOperations.RotateRight(b ^ c, 24);
        a = a + b + y;
        d = BitOperations.RotateRight(d ^ a, 16);
        c += d;
        b = BitOperations.RotateRight(b ^ c, 63);
    }
}
