using System.Globalization;
using System.Text.Json;

namespace ParallelEvm.State.Json;

/// <summary>
/// Reads the hex-string values of ethereum/tests fixtures. Malformed input throws <see cref="FixtureFormatException"/>
/// naming the field; the "<c>…ForTx</c>" readers turn values too large for their type into an invalid-transaction reason instead.
/// </summary>
public static class FixtureJson
{
    /// <summary>The marker ethereum/tests uses for a number that does not fit 256 bits.</summary>
    const string BigIntMarker = ":bigint";

    public static JsonElement Required(JsonElement obj, string name, string field)
    {
        if (obj.ValueKind != JsonValueKind.Object)
            throw new FixtureFormatException(field, $"expected an object, found {Kind(obj)}");
        if (!obj.TryGetProperty(name, out var value))
            throw new FixtureFormatException(Join(field, name), "missing field");
        return value;
    }

    /// <summary>The property when present and not JSON null.</summary>
    public static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
            return true;
        value = default;
        return false;
    }

    public static void ExpectObject(JsonElement e, string field)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new FixtureFormatException(field, $"expected an object, found {Kind(e)}");
    }

    public static void ExpectArray(JsonElement e, string field)
    {
        if (e.ValueKind != JsonValueKind.Array) throw new FixtureFormatException(field, $"expected an array, found {Kind(e)}");
    }

    public static string Text(JsonElement e, string field) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new FixtureFormatException(field, $"expected a string, found {Kind(e)}");

    public static Address ReadAddress(JsonElement e, string field) => ParseAddress(Text(e, field), field);

    public static Address ParseAddress(string text, string field)
    {
        try { return Address.Parse(text); }
        catch (FormatException ex) { throw new FixtureFormatException(field, ex.Message); }
    }

    public static Hash256 ReadHash(JsonElement e, string field)
    {
        var text = Text(e, field);
        try { return Hash256.Parse(text); }
        catch (FormatException ex) { throw new FixtureFormatException(field, ex.Message); }
    }

    /// <summary>"0x…" hex bytes ("0x" is empty).</summary>
    public static byte[] ReadBytes(JsonElement e, string field)
    {
        var text = Text(e, field).AsSpan().Trim();
        if (!text.StartsWith("0x") && !text.StartsWith("0X"))
            throw new FixtureFormatException(field, $"expected 0x-prefixed hex bytes, found '{Shorten(text)}'");
        var hex = text[2..];
        if (hex.Length % 2 != 0) throw new FixtureFormatException(field, "odd number of hex digits");
        var bytes = new byte[hex.Length / 2];
        if (Convert.FromHexString(hex, bytes, out _, out _) != System.Buffers.OperationStatus.Done)
            throw new FixtureFormatException(field, $"not hex: '{Shorten(text)}'");
        return bytes;
    }

    /// <summary>A 256-bit number where overflow is a broken fixture (pre-state, environment).</summary>
    public static UInt256 ReadUInt256(JsonElement e, string field) => Strict(ReadUInt256ForTx(e, field), field);

    /// <summary>A 256-bit number written as text outside a JSON value (storage keys are property names).</summary>
    public static UInt256 ParseUInt256(string text, string field) => Strict(ParseNumber(text, field), field);

    public static ulong ReadULong(JsonElement e, string field) => Strict(ReadULongForTx(e, field), field);

    public static long ReadLong(JsonElement e, string field) => Strict(ReadLongForTx(e, field), field);

    public static int ReadIndex(JsonElement e, string field)
    {
        var v = ReadULong(e, field);
        return v <= int.MaxValue ? (int)v : throw new FixtureFormatException(field, $"index {v} is too large");
    }

    /// <summary>A 256-bit transaction field; a value past 2^256 makes the transaction invalid.</summary>
    public static TxField<UInt256> ReadUInt256ForTx(JsonElement e, string field)
    {
        if (e.ValueKind == JsonValueKind.Number)
        {
            if (e.TryGetUInt64(out var n)) return TxField<UInt256>.Ok(n);
            return ParseNumber(e.GetRawText(), field);
        }
        return ParseNumber(Text(e, field), field);
    }

    /// <summary>A 64-bit unsigned transaction field (nonce); a larger value makes the transaction invalid.</summary>
    public static TxField<ulong> ReadULongForTx(JsonElement e, string field)
    {
        var wide = ReadUInt256ForTx(e, field);
        if (!wide.IsValid) return TxField<ulong>.Invalid(wide.InvalidReason!);
        return wide.Value.FitsInUlong
            ? TxField<ulong>.Ok(wide.Value.U0)
            : TxField<ulong>.Invalid($"{field} = {wide.Value.ToHexString()} does not fit 64 bits");
    }

    /// <summary>A gas amount: the model keeps gas as <see cref="long"/>, so values of 2^63 and more make the transaction invalid.</summary>
    public static TxField<long> ReadLongForTx(JsonElement e, string field)
    {
        var wide = ReadULongForTx(e, field);
        if (!wide.IsValid) return TxField<long>.Invalid(wide.InvalidReason!);
        return wide.Value <= long.MaxValue
            ? TxField<long>.Ok((long)wide.Value)
            : TxField<long>.Invalid($"{field} = 0x{wide.Value:x} does not fit 63 bits");
    }

    public static byte ReadByteForTx(JsonElement e, string field, out string? invalidReason)
    {
        var wide = ReadULongForTx(e, field);
        invalidReason = wide.InvalidReason;
        if (!wide.IsValid) return 0;
        if (wide.Value > byte.MaxValue) { invalidReason = $"{field} = 0x{wide.Value:x} does not fit 8 bits"; return 0; }
        return (byte)wide.Value;
    }

    static TxField<UInt256> ParseNumber(string text, string field)
    {
        if (text.Contains(BigIntMarker, StringComparison.Ordinal))
            return TxField<UInt256>.Invalid($"{field} = '{Shorten(text)}' exceeds 2^256");
        if (UInt256.TryParse(text, out var value, out var overflow)) return TxField<UInt256>.Ok(value);
        if (overflow) return TxField<UInt256>.Invalid($"{field} = '{Shorten(text)}' exceeds 2^256");
        throw new FixtureFormatException(field, $"not a number: '{Shorten(text)}'");
    }

    static T Strict<T>(TxField<T> value, string field) =>
        value.IsValid ? value.Value : throw new FixtureFormatException(field, value.InvalidReason!);

    public static string Join(string parent, string child) => parent.Length == 0 ? child : $"{parent}.{child}";

    static string Kind(JsonElement e) => e.ValueKind.ToString().ToLowerInvariant();

    static string Shorten(ReadOnlySpan<char> text) =>
        text.Length <= 80 ? text.ToString() : string.Create(CultureInfo.InvariantCulture, $"{text[..77]}...");
}
