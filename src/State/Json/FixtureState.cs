using System.Text.Json;

namespace ParallelEvm.State.Json;

/// <summary>
/// A whole state as fixtures write it: <c>{address: {balance, code, nonce, storage}}</c>.
/// Parsed once per test; <see cref="ToDb"/> builds a fresh <see cref="InMemoryDb"/> for each vector.
/// </summary>
public sealed class FixtureState
{
    public FixtureState(IReadOnlyList<FixtureAccount> accounts) => Accounts = accounts;

    public IReadOnlyList<FixtureAccount> Accounts { get; }

    public InMemoryDb ToDb()
    {
        var db = new InMemoryDb();
        foreach (var a in Accounts)
        {
            db.SetAccount(a.Address, a.ToAccount());
            if (a.Code.Length > 0) db.AddCode(a.Code, a.CodeHash);
            foreach (var (slot, value) in a.Storage) db.SetStorage(a.Address, slot, value);
        }
        return db;
    }

    /// <param name="field">The JSON path of <paramref name="state"/>, for error messages (e.g. <c>pre</c>).</param>
    public static FixtureState Parse(JsonElement state, string field)
    {
        FixtureJson.ExpectObject(state, field);
        var accounts = new List<FixtureAccount>();
        foreach (var property in state.EnumerateObject())
        {
            var at = FixtureJson.Join(field, property.Name);
            var address = FixtureJson.ParseAddress(property.Name, at);
            var body = property.Value;
            FixtureJson.ExpectObject(body, at);
            var code = FixtureJson.ReadBytes(FixtureJson.Required(body, "code", at), FixtureJson.Join(at, "code"));
            var storageJson = FixtureJson.Required(body, "storage", at);
            var storageField = FixtureJson.Join(at, "storage");
            FixtureJson.ExpectObject(storageJson, storageField);
            var storage = new Dictionary<UInt256, UInt256>();
            foreach (var slot in storageJson.EnumerateObject())
            {
                var slotField = FixtureJson.Join(storageField, slot.Name);
                var key = FixtureJson.ParseUInt256(slot.Name, slotField);
                var value = FixtureJson.ReadUInt256(slot.Value, slotField);
                if (!value.IsZero) storage[key] = value;
            }
            accounts.Add(new FixtureAccount(
                address,
                FixtureJson.ReadULong(FixtureJson.Required(body, "nonce", at), FixtureJson.Join(at, "nonce")),
                FixtureJson.ReadUInt256(FixtureJson.Required(body, "balance", at), FixtureJson.Join(at, "balance")),
                code,
                code.Length == 0 ? Account.EmptyCodeHash : Keccak256.Hash(code),
                storage));
        }
        return new FixtureState(accounts);
    }
}
