namespace ParallelEvm.Vm;

/// <summary>Mainnet hard forks in activation order. Rules per fork live in <c>ForkRules</c>; code compares ids only to build those rules.</summary>
public enum SpecId
{
    Frontier,
    Homestead,
    TangerineWhistle, // EIP-150
    SpuriousDragon,   // EIP-155/158/161/170
    Byzantium,
    Constantinople,
    Petersburg,
    Istanbul,
    Berlin,
    London,
    Paris,            // the Merge
    Shanghai,
    Cancun,
    Prague,
    Osaka,
}
