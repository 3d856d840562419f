using BenchmarkDotNet.Attributes;
using ParallelEvm.State;

namespace ParallelEvm.Benchmarks;

/// <summary>
/// Cost of the UInt256 operations an EVM interpreter runs per opcode (ADD, MUL, DIV, MULMOD, EXP).
/// Every benchmark must report 0 B allocated.
/// </summary>
[MemoryDiagnoser]
public class UInt256Benchmarks
{
    UInt256 _a, _b, _small, _modulus, _exponent;

    [GlobalSetup]
    public void Setup()
    {
        _a = UInt256.Parse("0xf3a1c2d4e5b6978812345678abcdef0123456789fedcba98deadbeefcafebabe");
        _b = UInt256.Parse("0x0123456789abcdef0fedcba987654321aabbccddeeff00112233445566778899");
        _small = UInt256.Parse("0x1d4b7c9e3f2a6b8c5d7e9f0a1b2c3d4e");          // two-limb divisor
        _modulus = UInt256.Parse("0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47");
        _exponent = UInt256.Parse("0x3f2a6b8c5d7e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    }

    [Benchmark] public UInt256 Add() { UInt256.Add(in _a, in _b, out var r); return r; }

    [Benchmark] public UInt256 Mul() { UInt256.Multiply(in _a, in _b, out var r); return r; }

    [Benchmark] public UInt256 DivBy2Limbs() { UInt256.Divide(in _a, in _small, out var r); return r; }

    [Benchmark] public UInt256 DivBy4Limbs() { UInt256.Divide(in _a, in _b, out var r); return r; }

    [Benchmark] public UInt256 MulMod() => UInt256.MulMod(in _a, in _b, in _modulus);

    [Benchmark] public UInt256 Exp() => UInt256.Exp(in _a, in _exponent);
}
