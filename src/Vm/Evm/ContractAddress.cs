using ParallelEvm.State;

namespace ParallelEvm.Vm.Evm;

/// <summary>Addresses of created contracts (yellow paper eq. 86; EIP-1014 for CREATE2).</summary>
public static class ContractAddress
{
    /// <summary>CREATE: the last 20 bytes of keccak256(rlp([sender, nonce])).</summary>
    public static Address From(Address sender, ulong nonce)
    {
        Span<byte> buffer = stackalloc byte[1 + 21 + 9];
        int nonceLength = nonce == 0 ? 0 : 8 - System.Numerics.BitOperations.LeadingZeroCount(nonce) / 8;
        // rlp(nonce): 0 → 0x80, 1..127 → the byte itself, else 0x80+len followed by big-endian bytes.
        int nonceRlp = nonce is > 0 and < 0x80 ? 1 : 1 + nonceLength;
        int payload = 21 + nonceRlp;
        buffer[0] = (byte)(0xc0 + payload);
        buffer[1] = 0x80 + 20;
        sender.WriteTo(buffer[2..22]);
        if (nonce is > 0 and < 0x80) buffer[22] = (byte)nonce;
        else
        {
            buffer[22] = (byte)(0x80 + nonceLength);
            for (int i = 0; i < nonceLength; i++) buffer[23 + i] = (byte)(nonce >> (8 * (nonceLength - 1 - i)));
        }
        return LastTwentyBytes(Keccak256.Hash(buffer[..(1 + payload)]));
    }

    /// <summary>CREATE2: the last 20 bytes of keccak256(0xff ‖ sender ‖ salt ‖ keccak256(initcode)).</summary>
    public static Address From(Address sender, in UInt256 salt, ReadOnlySpan<byte> initCode)
    {
        Span<byte> buffer = stackalloc byte[1 + 20 + 32 + 32];
        buffer[0] = 0xff;
        sender.WriteTo(buffer[1..21]);
        salt.WriteBigEndian(buffer[21..53]);
        Keccak256.Hash(initCode, buffer[53..85]);
        return LastTwentyBytes(Keccak256.Hash(buffer));
    }

    static Address LastTwentyBytes(Hash256 hash) => Address.FromWord(hash.ToWord());
}
