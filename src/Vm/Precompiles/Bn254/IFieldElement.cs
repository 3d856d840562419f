namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>
/// The field operations the curve arithmetic needs, so one Jacobian implementation serves both G1 (over F_p)
/// and G2 (over F_p²). Static abstract members let the JIT specialise the generic code per struct: no boxing.
/// </summary>
internal interface IFieldElement<T> where T : struct, IFieldElement<T>
{
    static abstract T Zero { get; }
    static abstract T One { get; }
    bool IsZero { get; }
    static abstract T operator +(in T a, in T b);
    static abstract T operator -(in T a, in T b);
    static abstract T operator -(in T a);
    static abstract T operator *(in T a, in T b);
    static abstract T Square(in T a);
    static abstract T Double(in T a);
    static abstract T Inverse(in T a);
    bool Equals(T other);
}
