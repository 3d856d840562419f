using System.Numerics;
using System.Runtime.CompilerServices;

namespace ParallelEvm.State;

/// <summary>
/// The keccak-f[1600] permutation (FIPS 202 section 3; Keccak reference, "Keccak-f[1600]").
/// The 25 lanes live in locals during the 24 rounds; lane (x, y) is a[x + 5y].
/// Theta, rho and pi are fused: B[y, 2x+3y] = ROT(A[x,y] ^ D[x], r[x,y]); then chi and iota.
/// Rotation offsets and round constants were derived from the spec's formulas
/// (r = (t+1)(t+2)/2 mod 64 along the (x,y) -> (y, 2x+3y) walk; RC from the degree-8 LFSR).
/// </summary>
internal static class KeccakF1600
{
    public const int Lanes = 25;

    // A static array, not a ReadOnlySpan property: RuntimeHelpers.CreateSpan allocates when the JIT does not expand it (debug/minopts).
    static readonly ulong[] RoundConstants =
    [
        0x0000000000000001UL, 0x0000000000008082UL, 0x800000000000808AUL, 0x8000000080008000UL,
        0x000000000000808BUL, 0x0000000080000001UL, 0x8000000080008081UL, 0x8000000000008009UL,
        0x000000000000008AUL, 0x0000000000000088UL, 0x0000000080008009UL, 0x000000008000000AUL,
        0x000000008000808BUL, 0x800000000000008BUL, 0x8000000000008089UL, 0x8000000000008003UL,
        0x8000000000008002UL, 0x8000000000000080UL, 0x000000000000800AUL, 0x800000008000000AUL,
        0x8000000080008081UL, 0x8000000000008080UL, 0x0000000080000001UL, 0x8000000080008008UL,
    ];

    /// <summary>Permutes the 25-lane state in place. <paramref name="s"/> is the first lane.</summary>
    [SkipLocalsInit]
    public static void Permute(ref ulong s)
    {
        ulong a0 = Unsafe.Add(ref s, 0);
        ulong a1 = Unsafe.Add(ref s, 1);
        ulong a2 = Unsafe.Add(ref s, 2);
        ulong a3 = Unsafe.Add(ref s, 3);
        ulong a4 = Unsafe.Add(ref s, 4);
        ulong a5 = Unsafe.Add(ref s, 5);
        ulong a6 = Unsafe.Add(ref s, 6);
        ulong a7 = Unsafe.Add(ref s, 7);
        ulong a8 = Unsafe.Add(ref s, 8);
        ulong a9 = Unsafe.Add(ref s, 9);
        ulong a10 = Unsafe.Add(ref s, 10);
        ulong a11 = Unsafe.Add(ref s, 11);
        ulong a12 = Unsafe.Add(ref s, 12);
        ulong a13 = Unsafe.Add(ref s, 13);
        ulong a14 = Unsafe.Add(ref s, 14);
        ulong a15 = Unsafe.Add(ref s, 15);
        ulong a16 = Unsafe.Add(ref s, 16);
        ulong a17 = Unsafe.Add(ref s, 17);
        ulong a18 = Unsafe.Add(ref s, 18);
        ulong a19 = Unsafe.Add(ref s, 19);
        ulong a20 = Unsafe.Add(ref s, 20);
        ulong a21 = Unsafe.Add(ref s, 21);
        ulong a22 = Unsafe.Add(ref s, 22);
        ulong a23 = Unsafe.Add(ref s, 23);
        ulong a24 = Unsafe.Add(ref s, 24);

        ulong[] rc = RoundConstants;
        for (int round = 0; round < 24; round++)
        {
            ulong c0 = a0 ^ a5 ^ a10 ^ a15 ^ a20;
            ulong c1 = a1 ^ a6 ^ a11 ^ a16 ^ a21;
            ulong c2 = a2 ^ a7 ^ a12 ^ a17 ^ a22;
            ulong c3 = a3 ^ a8 ^ a13 ^ a18 ^ a23;
            ulong c4 = a4 ^ a9 ^ a14 ^ a19 ^ a24;
            ulong d0 = c4 ^ BitOperations.RotateLeft(c1, 1);
            ulong d1 = c0 ^ BitOperations.RotateLeft(c2, 1);
            ulong d2 = c1 ^ BitOperations.RotateLeft(c3, 1);
            ulong d3 = c2 ^ BitOperations.RotateLeft(c4, 1);
            ulong d4 = c3 ^ BitOperations.RotateLeft(c0, 1);
            ulong b0 = a0 ^ d0;
            ulong b10 = BitOperations.RotateLeft(a1 ^ d1, 1);
            ulong b20 = BitOperations.RotateLeft(a2 ^ d2, 62);
            ulong b5 = BitOperations.RotateLeft(a3 ^ d3, 28);
            ulong b15 = BitOperations.RotateLeft(a4 ^ d4, 27);
            ulong b16 = BitOperations.RotateLeft(a5 ^ d0, 36);
            ulong b1 = BitOperations.RotateLeft(a6 ^ d1, 44);
            ulong b11 = BitOperations.RotateLeft(a7 ^ d2, 6);
            ulong b21 = BitOperations.RotateLeft(a8 ^ d3, 55);
            ulong b6 = BitOperations.RotateLeft(a9 ^ d4, 20);
            ulong b7 = BitOperations.RotateLeft(a10 ^ d0, 3);
            ulong b17 = BitOperations.RotateLeft(a11 ^ d1, 10);
            ulong b2 = BitOperations.RotateLeft(a12 ^ d2, 43);
            ulong b12 = BitOperations.RotateLeft(a13 ^ d3, 25);
            ulong b22 = BitOperations.RotateLeft(a14 ^ d4, 39);
            ulong b23 = BitOperations.RotateLeft(a15 ^ d0, 41);
            ulong b8 = BitOperations.RotateLeft(a16 ^ d1, 45);
            ulong b18 = BitOperations.RotateLeft(a17 ^ d2, 15);
            ulong b3 = BitOperations.RotateLeft(a18 ^ d3, 21);
            ulong b13 = BitOperations.RotateLeft(a19 ^ d4, 8);
            ulong b14 = BitOperations.RotateLeft(a20 ^ d0, 18);
            ulong b24 = BitOperations.RotateLeft(a21 ^ d1, 2);
            ulong b9 = BitOperations.RotateLeft(a22 ^ d2, 61);
            ulong b19 = BitOperations.RotateLeft(a23 ^ d3, 56);
            ulong b4 = BitOperations.RotateLeft(a24 ^ d4, 14);
            a0 = b0 ^ (~b1 & b2);
            a1 = b1 ^ (~b2 & b3);
            a2 = b2 ^ (~b3 & b4);
            a3 = b3 ^ (~b4 & b0);
            a4 = b4 ^ (~b0 & b1);
            a5 = b5 ^ (~b6 & b7);
            a6 = b6 ^ (~b7 & b8);
            a7 = b7 ^ (~b8 & b9);
            a8 = b8 ^ (~b9 & b5);
            a9 = b9 ^ (~b5 & b6);
            a10 = b10 ^ (~b11 & b12);
            a11 = b11 ^ (~b12 & b13);
            a12 = b12 ^ (~b13 & b14);
            a13 = b13 ^ (~b14 & b10);
            a14 = b14 ^ (~b10 & b11);
            a15 = b15 ^ (~b16 & b17);
            a16 = b16 ^ (~b17 & b18);
            a17 = b17 ^ (~b18 & b19);
            a18 = b18 ^ (~b19 & b15);
            a19 = b19 ^ (~b15 & b16);
            a20 = b20 ^ (~b21 & b22);
            a21 = b21 ^ (~b22 & b23);
            a22 = b22 ^ (~b23 & b24);
            a23 = b23 ^ (~b24 & b20);
            a24 = b24 ^ (~b20 & b21);
            a0 ^= rc[round];
        }

        Unsafe.Add(ref s, 0) = a0;
        Unsafe.Add(ref s, 1) = a1;
        Unsafe.Add(ref s, 2) = a2;
        Unsafe.Add(ref s, 3) = a3;
        Unsafe.Add(ref s, 4) = a4;
        Unsafe.Add(ref s, 5) = a5;
        Unsafe.Add(ref s, 6) = a6;
        Unsafe.Add(ref s, 7) = a7;
        Unsafe.Add(ref s, 8) = a8;
        Unsafe.Add(ref s, 9) = a9;
        Unsafe.Add(ref s, 10) = a10;
        Unsafe.Add(ref s, 11) = a11;
        Unsafe.Add(ref s, 12) = a12;
        Unsafe.Add(ref s, 13) = a13;
        Unsafe.Add(ref s, 14) = a14;
        Unsafe.Add(ref s, 15) = a15;
        Unsafe.Add(ref s, 16) = a16;
        Unsafe.Add(ref s, 17) = a17;
        Unsafe.Add(ref s, 18) = a18;
        Unsafe.Add(ref s, 19) = a19;
        Unsafe.Add(ref s, 20) = a20;
        Unsafe.Add(ref s, 21) = a21;
        Unsafe.Add(ref s, 22) = a22;
        Unsafe.Add(ref s, 23) = a23;
        Unsafe.Add(ref s, 24) = a24;
    }
}
