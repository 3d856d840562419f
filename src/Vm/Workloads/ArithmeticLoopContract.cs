using ParallelEvm.Vm.Evm;
using static ParallelEvm.Vm.Evm.Opcode;

namespace ParallelEvm.Vm.Workloads;

/// <summary>
/// A hand-assembled contract that loops n times (n = the first calldata word, n ≥ 1) over ADD, MUL, SUB, DIV, EXP,
/// MULMOD and KECCAK256, keeping its state in memory words 0 and 1 and looping with JUMPI.
/// Shared by the interpreter benchmark and the zero-allocation test.
/// </summary>
public static class ArithmeticLoopContract
{
    /// <summary>Gas of one iteration, summed by hand from the yellow paper's fee schedule (appendix G) — see <see cref="Code"/>.</summary>
    public const long GasPerIteration = 215;

    /// <summary>
    /// Gas outside the loop: PUSH0 + CALLDATALOAD (2 + 3) and memory growing to two words on the first
    /// iteration (3 + 3, the quadratic term is 0 for two words).
    /// </summary>
    public const long FixedGas = 5 + 6;

    const byte LoopStart = 2;
    const Opcode DUP2 = DUP1 + 1; // the enum names only the first of each DUP/SWAP family

    // Odd 256-bit constants so the values do not collapse to zero (a modulus near 2^256 keeps MULMOD on its full-width path).
    static readonly byte[] Multiplier = Convert.FromHexString("9e3779b97f4a7c15f39cc0605cedc8341082276bf3a27251f86c6a11d0c18e95");
    static readonly byte[] Modulus = Convert.FromHexString("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f");

    /// <summary>The runtime code; gas of each instruction in the loop in the comments (sum: <see cref="GasPerIteration"/>).</summary>
    public static byte[] Code { get; } = Assemble();

    static byte[] Assemble()
    {
        var c = new List<byte>();
        void Op(params Opcode[] ops) { foreach (var op in ops) c.Add((byte)op); }
        void Push1(byte value) { Op(PUSH1); c.Add(value); }
        void Push32(byte[] value) { Op(PUSH32); c.AddRange(value); }

        Op(PUSH0, CALLDATALOAD);                   // [n]
        if (c.Count != LoopStart) throw new InvalidOperationException("loop label moved");
        Op(JUMPDEST);                              // 1
        Op(PUSH0, MLOAD);                          // 2 + 3        x = mem[0]
        Push1(0x20); Op(MLOAD, ADD);               // 3 + 3 + 3    x += mem[32] (the last hash)
        Op(DUP2, ADD);                             // 3 + 3        x += n
        Push32(Multiplier); Op(MUL);               // 3 + 5        x *= K
        Op(DUP2, SWAP1, SUB);                      // 3 + 3 + 3    x -= n
        Push1(3); Op(SWAP1, DIV);                  // 3 + 3 + 5    x /= 3
        Push1(0xff); Op(SWAP1, EXP);               // 3 + 3 + 60   x **= 255 (10 + 50 per exponent byte, EIP-160)
        Push32(Modulus); Op(SWAP1, DUP1, MULMOD);  // 3 + 3 + 3 + 8  x = x·x mod P
        Op(PUSH0, MSTORE);                         // 2 + 3        mem[0] = x
        Push1(0x40); Op(PUSH0, KECCAK256);         // 3 + 2 + 42   h = keccak(mem[0..64]) (30 + 6 per word)
        Push1(0x20); Op(MSTORE);                   // 3 + 3        mem[32] = h
        Push1(1); Op(SWAP1, SUB);                  // 3 + 3 + 3    n -= 1
        Op(DUP1); Push1(LoopStart); Op(JUMPI);     // 3 + 3 + 10   loop while n != 0
        Op(STOP);
        return c.ToArray();
    }

    /// <summary>The calldata that runs <paramref name="iterations"/> iterations: one big-endian word.</summary>
    public static byte[] CallData(ulong iterations)
    {
        if (iterations == 0) throw new ArgumentOutOfRangeException(nameof(iterations), "the loop runs at least once");
        var data = new byte[32];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(data.AsSpan(24), iterations);
        return data;
    }

    /// <summary>EIP-2028 calldata gas: 4 per zero byte, 16 per non-zero byte.</summary>
    public static long CallDataGas(byte[] data) => data.Sum(b => b == 0 ? 4L : 16L);
}
