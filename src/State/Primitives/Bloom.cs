namespace ParallelEvm.State;

/// <summary>
/// The 2048-bit logs bloom (yellow paper 4.4.1, M3:2048): for each address and topic, three bits chosen by the
/// low 11 bits of each of the first three byte pairs of its Keccak-256 hash. Bit b is counted from the end of
/// the 256-byte big-endian array, i.e. byte 255 - b/8, mask 1 &lt;&lt; (b mod 8). Mutable: build, then compare.
/// </summary>
public sealed class Bloom : IEquatable<Bloom>
{
    public const int Size = 256;

    readonly byte[] _bits = new byte[Size];

    public Bloom() { }

    public Bloom(ReadOnlySpan<byte> bytes256)
    {
        if (bytes256.Length != Size) throw new ArgumentException($"a bloom has 256 bytes, got {bytes256.Length}");
        bytes256.CopyTo(_bits);
    }

    public static Bloom FromLogs(IEnumerable<LogEntry> logs)
    {
        var bloom = new Bloom();
        foreach (var log in logs) bloom.Accumulate(log);
        return bloom;
    }

    public bool IsEmpty => _bits.AsSpan().IndexOfAnyExcept((byte)0) < 0;

    public ReadOnlySpan<byte> AsSpan() => _bits;

    /// <summary>Sets the three bits for an arbitrary byte sequence (M3:2048 of the yellow paper).</summary>
    public void Add(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[Keccak256.HashSize];
        Keccak256.Hash(data, hash);
        for (int i = 0; i < 6; i += 2)
        {
            int bit = ((hash[i] << 8) | hash[i + 1]) & 2047;
            _bits[Size - 1 - bit / 8] |= (byte)(1 << (bit % 8));
        }
    }

    public void Add(in Address address)
    {
        Span<byte> b = stackalloc byte[Address.Size];
        address.WriteTo(b);
        Add(b);
    }

    public void Add(in Hash256 topic)
    {
        Span<byte> b = stackalloc byte[Hash256.Size];
        topic.WriteTo(b);
        Add(b);
    }

    /// <summary>Adds a log's address and every topic (not its data).</summary>
    public void Accumulate(LogEntry log)
    {
        Add(log.Address);
        foreach (var topic in log.Topics) Add(topic);
    }

    /// <summary>Bitwise OR: how a block bloom combines its receipts' blooms.</summary>
    public void Or(Bloom other)
    {
        for (int i = 0; i < Size; i++) _bits[i] |= other._bits[i];
    }

    /// <summary>False means the item was certainly never added; true means it may have been.</summary>
    public bool MayContain(ReadOnlySpan<byte> data)
    {
        var probe = new Bloom();
        probe.Add(data);
        for (int i = 0; i < Size; i++)
            if ((_bits[i] & probe._bits[i]) != probe._bits[i]) return false;
        return true;
    }

    public byte[] ToArray() => (byte[])_bits.Clone();

    public void WriteTo(Span<byte> destination256) => _bits.CopyTo(destination256);

    public static Bloom Parse(string hex)
    {
        var s = hex.AsSpan().Trim();
        if (s.StartsWith("0x") || s.StartsWith("0X")) s = s[2..];
        if (s.Length != Size * 2) throw new FormatException($"a bloom needs 512 hex digits, got {s.Length}");
        var bloom = new Bloom();
        if (Convert.FromHexString(s, bloom._bits, out _, out _) != System.Buffers.OperationStatus.Done)
            throw new FormatException("not a hex bloom");
        return bloom;
    }

    public bool Equals(Bloom? other) => other is not null && _bits.AsSpan().SequenceEqual(other._bits);
    public override bool Equals(object? obj) => obj is Bloom b && Equals(b);

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.AddBytes(_bits);
        return h.ToHashCode();
    }

    public static bool operator ==(Bloom? a, Bloom? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(Bloom? a, Bloom? b) => !(a == b);

    public override string ToString() => "0x" + Convert.ToHexStringLower(_bits);
}
