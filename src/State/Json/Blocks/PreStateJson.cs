using System.Text.Json;

namespace ParallelEvm.State.Json.Blocks;

/// <summary>
/// A block file's <c>preState</c>: <c>{address: {balance, nonce, codeHash|null, code|null, storage}}</c>.
/// Code must come with its hash (checked with keccak-256); a code hash without code is an error, since
/// executing the account would silently run empty code.
/// </summary>
static class PreStateJson
{
    public static FixtureState Parse(JsonElement state)
    {
        const string field = "preState";
        FixtureJson.ExpectObject(state, field);
        var accounts = new List<FixtureAccount>();
        foreach (var property in state.EnumerateObject())
        {
            var at = $"{field}.{property.Name}";
            var address = FixtureJson.ParseAddress(property.Name, at);
            var body = property.Value;
            FixtureJson.ExpectObject(body, at);
            byte[] code = FixtureJson.TryGet(body, "code", out var c) ? FixtureJson.ReadBytes(c, $"{at}.code") : [];
            var codeHash = code.Length == 0 ? Account.EmptyCodeHash : Keccak256.Hash(code);
            if (FixtureJson.TryGet(body, "codeHash", out var h))
            {
                var stated = FixtureJson.ReadHash(h, $"{at}.codeHash");
                if (stated != codeHash)
                    throw new FixtureFormatException($"{at}.codeHash", code.Length == 0
                        ? $"code hash {stated} given without the code"
                        : $"code hash {stated} is not keccak-256 of the code ({codeHash})");
            }
            var storage = new Dictionary<UInt256, UInt256>();
            if (FixtureJson.TryGet(body, "storage", out var s))
            {
                FixtureJson.ExpectObject(s, $"{at}.storage");
                foreach (var slot in s.EnumerateObject())
                {
                    var slotField = $"{at}.storage.{slot.Name}";
                    var value = FixtureJson.ReadUInt256(slot.Value, slotField);
                    if (!value.IsZero) storage[FixtureJson.ParseUInt256(slot.Name, slotField)] = value;
                }
            }
            accounts.Add(new FixtureAccount(
                address,
                FixtureJson.ReadULong(FixtureJson.Required(body, "nonce", at), $"{at}.nonce"),
                FixtureJson.ReadUInt256(FixtureJson.Required(body, "balance", at), $"{at}.balance"),
                code, codeHash, storage));
        }
        return new FixtureState(accounts);
    }
}
