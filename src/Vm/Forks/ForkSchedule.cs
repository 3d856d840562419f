namespace ParallelEvm.Vm;

/// <summary>
/// Which fork a mainnet block runs under, and fork names as block files and test fixtures write them.
/// Until the Merge forks activate by block number; from Shanghai by timestamp (EIP-2982 style fork ids).
/// </summary>
public static class ForkSchedule
{
    public const ulong HomesteadBlock = 1_150_000;
    /// <summary>The DAO fork (1,920,000) changes no rules, only balances (an irregular state change not modelled here).</summary>
    public const ulong DaoForkBlock = 1_920_000;
    public const ulong TangerineWhistleBlock = 2_463_000;
    public const ulong SpuriousDragonBlock = 2_675_000;
    public const ulong ByzantiumBlock = 4_370_000;
    /// <summary>Constantinople and Petersburg activated together on mainnet: Petersburg's rules apply.</summary>
    public const ulong PetersburgBlock = 7_280_000;
    public const ulong IstanbulBlock = 9_069_000;
    public const ulong BerlinBlock = 12_244_000;
    public const ulong LondonBlock = 12_965_000;
    /// <summary>The first proof-of-stake block.</summary>
    public const ulong ParisBlock = 15_537_394;
    public const ulong ShanghaiTime = 1_681_338_455;
    public const ulong CancunTime = 1_710_338_135;
    public const ulong PragueTime = 1_746_612_311;
    public const ulong OsakaTime = 1_764_798_551;

    /// <summary>The fork of mainnet block <paramref name="number"/> with that timestamp.</summary>
    public static SpecId Mainnet(ulong number, ulong timestamp)
    {
        if (number >= ParisBlock)
        {
            return timestamp >= OsakaTime ? SpecId.Osaka
                : timestamp >= PragueTime ? SpecId.Prague
                : timestamp >= CancunTime ? SpecId.Cancun
                : timestamp >= ShanghaiTime ? SpecId.Shanghai
                : SpecId.Paris;
        }
        return number >= LondonBlock ? SpecId.London
            : number >= BerlinBlock ? SpecId.Berlin
            : number >= IstanbulBlock ? SpecId.Istanbul
            : number >= PetersburgBlock ? SpecId.Petersburg
            : number >= ByzantiumBlock ? SpecId.Byzantium
            : number >= SpuriousDragonBlock ? SpecId.SpuriousDragon
            : number >= TangerineWhistleBlock ? SpecId.TangerineWhistle
            : number >= HomesteadBlock ? SpecId.Homestead
            : SpecId.Frontier;
    }

    /// <summary>
    /// A fork from its name: the block files' upper-case names (<c>TANGERINE</c>, <c>SPURIOUS_DRAGON</c>, <c>MERGE</c>…),
    /// the fixtures' names (<c>EIP150</c>, <c>EIP158</c>, <c>Paris</c>…) or the enum names. Case and '_' are ignored.
    /// </summary>
    public static bool TryParse(string name, out SpecId spec)
    {
        var key = name.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        SpecId? found = key switch
        {
            "FRONTIER" => SpecId.Frontier,
            "HOMESTEAD" => SpecId.Homestead,
            "TANGERINE" or "TANGERINEWHISTLE" or "EIP150" => SpecId.TangerineWhistle,
            "SPURIOUSDRAGON" or "SPURIOUS" or "EIP158" => SpecId.SpuriousDragon,
            "BYZANTIUM" => SpecId.Byzantium,
            "CONSTANTINOPLE" => SpecId.Constantinople,
            "PETERSBURG" or "CONSTANTINOPLEFIX" => SpecId.Petersburg,
            "ISTANBUL" => SpecId.Istanbul,
            "BERLIN" => SpecId.Berlin,
            "LONDON" => SpecId.London,
            "MERGE" or "PARIS" => SpecId.Paris,
            "SHANGHAI" => SpecId.Shanghai,
            "CANCUN" => SpecId.Cancun,
            "PRAGUE" => SpecId.Prague,
            "OSAKA" => SpecId.Osaka,
            _ => null,
        };
        spec = found ?? default;
        return found is not null;
    }

    /// <summary>Like <see cref="TryParse"/>, but an unknown name throws <see cref="ArgumentException"/> listing the known ones.</summary>
    public static SpecId Parse(string name) =>
        TryParse(name, out var spec) ? spec
            : throw new ArgumentException($"unknown fork '{name}' (known: FRONTIER, HOMESTEAD, TANGERINE, SPURIOUS_DRAGON, BYZANTIUM, " +
                                          "CONSTANTINOPLE, PETERSBURG, ISTANBUL, BERLIN, LONDON, MERGE/PARIS, SHANGHAI, CANCUN, PRAGUE, OSAKA)", nameof(name));
}
