using ParallelEvm.State;

namespace ParallelEvm.Actors.Graph;

/// <summary>What a transaction is, as far as can be told without running it.</summary>
enum TxShapeKind : byte
{
    /// <summary>A call to an account without code (value transfer, or data nobody runs): its facts are exact.</summary>
    Transfer,
    /// <summary>A call to a contract with decoded EIP-20 calldata.</summary>
    Erc20,
    /// <summary>A call to a contract with calldata the graph cannot decode.</summary>
    ContractCall,
    /// <summary>A contract creation.</summary>
    Create,
}

/// <summary>
/// The classification of one transaction. <see cref="Target"/> is <c>to</c>, or the created address;
/// <see cref="CanSpeculate"/> is false when a run against the base state would see the wrong code (a call to a contract
/// created earlier in this block, which the base state does not hold yet).
/// </summary>
readonly record struct TxShape(TxShapeKind Kind, Address Target, Erc20Call Call, bool CanSpeculate);
