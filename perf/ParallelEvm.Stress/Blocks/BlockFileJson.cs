using System.Text.Json;
using ParallelEvm.State;

namespace ParallelEvm.Stress.Blocks;

/// <summary>Writes a <see cref="SignedBlock"/> as a block file in the schema of shared/mainnet-blocks/README.md.</summary>
public static class BlockFileJson
{
    public static byte[] Write(SignedBlock block, long gasUsed, string? spec = null)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("chainId", block.Env.ChainId);
            w.WriteString("spec", spec ?? block.Fork);
            w.WriteStartObject("env");
            w.WriteNumber("number", block.Env.Number);
            w.WriteString("coinbase", block.Env.Coinbase.ToString());
            w.WriteNumber("timestamp", block.Env.Timestamp);
            w.WriteNumber("gasLimit", block.Env.GasLimit);
            w.WriteString("baseFeePerGas", block.Env.BaseFee.ToHexString());
            w.WriteString("difficulty", block.Env.Difficulty.ToHexString());
            w.WriteString("prevRandao", block.Env.PrevRandao.ToString());
            w.WriteNumber("excessBlobGas", block.Env.ExcessBlobGas ?? 0);
            w.WriteString("parentBeaconBlockRoot", (block.Env.ParentBeaconBlockRoot ?? Hash256.Zero).ToString());
            w.WriteEndObject();
            w.WriteStartObject("expected");
            w.WriteNumber("gasUsed", gasUsed);
            w.WriteEndObject();
            w.WriteStartArray("transactions");
            foreach (var tx in block.Txs) WriteTransaction(w, tx);
            w.WriteEndArray();
            w.WriteStartObject("preState");
            foreach (var (address, account) in block.PreState.Accounts)
            {
                w.WriteStartObject(address.ToString());
                w.WriteString("balance", account.Balance.ToHexString());
                w.WriteNumber("nonce", account.Nonce);
                w.WriteString("code", "0x" + Convert.ToHexStringLower(block.PreState.GetCode(account.CodeHash)));
                w.WriteStartObject("storage");
                foreach (var (slot, value) in block.PreState.GetStorageOf(address))
                    w.WriteString("0x" + Convert.ToHexStringLower(slot.ToBigEndianBytes()), value.ToHexString());
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    static void WriteTransaction(Utf8JsonWriter w, Transaction tx)
    {
        w.WriteStartObject();
        w.WriteString("type", $"0x{(int)tx.Type:x}");
        w.WriteString("chainId", $"0x{tx.ChainId ?? 1:x}");
        w.WriteString("from", tx.Sender.ToString());
        w.WriteString("nonce", $"0x{tx.Nonce:x}");
        w.WriteString("gas", $"0x{tx.GasLimit:x}");
        w.WriteString("maxFeePerGas", tx.MaxFeePerGas.ToHexString());
        w.WriteString("maxPriorityFeePerGas", tx.MaxPriorityFeePerGas.ToHexString());
        w.WriteString("to", tx.To?.ToString());
        w.WriteString("value", tx.Value.ToHexString());
        w.WriteString("input", "0x" + Convert.ToHexStringLower(tx.Data));
        w.WriteStartArray("accessList");
        w.WriteEndArray();
        w.WriteString("yParity", tx.V.ToHexString());
        w.WriteString("v", tx.V.ToHexString());
        w.WriteString("r", tx.R.ToHexString());
        w.WriteString("s", tx.S.ToHexString());
        w.WriteEndObject();
    }
}
