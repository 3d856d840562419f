namespace ParallelEvm.State.Tests.Crypto;

public class LogsHashTests
{
    [Fact]
    public void NoLogs() =>
        Assert.Equal(Hash256.Parse("1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347"), LogsHash.Compute([]));

    [Fact]
    public void OneLogMatchesHandAssembledRlp()
    {
        var address = Address.Parse("0x0f572e5295c57f15886f9b263e2f6d2d6c7b5ec6");
        var topic = Hash256.Parse("0x" + new string('a', 64));
        var log = new LogEntry(address, [topic], [0xff]);
        // [[address(0x94+20), [topic(0xa0+32)] (0xe1 + 33), 0x81ff]] : inner payload 21 + 34 + 2 = 57 → f839, outer f83b.
        var expected = Convert.FromHexString(
            "f83b" + "f839" + "94" + "0f572e5295c57f15886f9b263e2f6d2d6c7b5ec6" + "e1" + "a0" + new string('a', 64) + "81ff");
        Assert.Equal(Keccak256.Hash(expected), LogsHash.Compute([log]));
    }

    [Fact]
    public void LogWithoutTopicsOrData()
    {
        var address = Address.Parse("0x0f572e5295c57f15886f9b263e2f6d2d6c7b5ec6");
        var log = new LogEntry(address, [], []);
        var expected = Convert.FromHexString("d8" + "d7" + "94" + "0f572e5295c57f15886f9b263e2f6d2d6c7b5ec6" + "c0" + "80");
        Assert.Equal(Keccak256.Hash(expected), LogsHash.Compute([log]));
    }
}
