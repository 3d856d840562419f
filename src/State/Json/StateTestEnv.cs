using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ParallelEvm.State.Json;

/// <summary>Builds the <see cref="BlockEnv"/> of a state test from its <c>env</c> object.</summary>
public static class StateTestEnv
{
    const string Field = "env";

    public static BlockEnv Parse(JsonElement env, ulong chainId)
    {
        FixtureJson.ExpectObject(env, Field);
        var number = FixtureJson.ReadULong(FixtureJson.Required(env, "currentNumber", Field), "env.currentNumber");
        var difficulty = FixtureJson.ReadUInt256(FixtureJson.Required(env, "currentDifficulty", Field), "env.currentDifficulty");
        return new BlockEnv
        {
            Number = number,
            Coinbase = FixtureJson.ReadAddress(FixtureJson.Required(env, "currentCoinbase", Field), "env.currentCoinbase"),
            Timestamp = FixtureJson.ReadULong(FixtureJson.Required(env, "currentTimestamp", Field), "env.currentTimestamp"),
            GasLimit = FixtureJson.ReadLong(FixtureJson.Required(env, "currentGasLimit", Field), "env.currentGasLimit"),
            BaseFee = FixtureJson.TryGet(env, "currentBaseFee", out var baseFee)
                ? FixtureJson.ReadUInt256(baseFee, "env.currentBaseFee") : UInt256.Zero,
            Difficulty = difficulty,
            // EIP-4399: PREVRANDAO; fixtures for pre-merge forks have no currentRandom, DIFFICULTY then applies.
            PrevRandao = FixtureJson.TryGet(env, "currentRandom", out var random)
                ? new Hash256(FixtureJson.ReadUInt256(random, "env.currentRandom")) : new Hash256(difficulty),
            ExcessBlobGas = FixtureJson.TryGet(env, "currentExcessBlobGas", out var excess)
                ? FixtureJson.ReadULong(excess, "env.currentExcessBlobGas") : null,
            ChainId = chainId,
            BlockHash = n => FakeBlockHash(n, number),
        };
    }

    /// <summary>
    /// The BLOCKHASH the fixtures were filled with: keccak-256 of the decimal string of n, for the 256 blocks
    /// before the current one (null, i.e. zero, outside that window as the opcode defines).
    /// </summary>
    public static Hash256? FakeBlockHash(ulong n, ulong currentNumber)
    {
        if (n >= currentNumber || currentNumber - n > 256) return null;
        return Keccak256.Hash(Encoding.ASCII.GetBytes(n.ToString(CultureInfo.InvariantCulture)));
    }
}
