namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// The field operations that curve arithmetic needs, so one Jacobian implementation serves both
/// G1 (over <see cref="Fp"/>) and G2 (over <see cref="Fp2"/>).
/// </summary>
public interface IField<T> : IEquatable<T> where T : struct, IField<T>
{
    static abstract T Zero { get; }
    static abstract T One { get; }
    static abstract T Add(in T a, in T b);
    static abstract T Subtract(in T a, in T b);
    static abstract T Multiply(in T a, in T b);
    static abstract T Square(in T a);
    static abstract T Negate(in T a);
    static abstract T Double(in T a);

    /// <summary>Multiplicative inverse; zero maps to zero.</summary>
    static abstract T Invert(in T a);

    bool IsZero { get; }
}
