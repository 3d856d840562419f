using ParallelEvm.State;

namespace ParallelEvm.Vm;

/// <summary>EIP-7702 delegation designators: code 0xef0100 ‖ address makes an account run another account's code.</summary>
public static class Delegation
{
    public const int DesignatorLength = 23;

    public static bool IsDesignator(ReadOnlySpan<byte> code) =>
        code.Length == DesignatorLength && code[0] == 0xef && code[1] == 0x01 && code[2] == 0x00;

    public static bool TryGetTarget(ReadOnlySpan<byte> code, out Address target)
    {
        target = default;
        if (!IsDesignator(code)) return false;
        target = new Address(code[3..]);
        return true;
    }

    public static byte[] Designator(Address target)
    {
        var code = new byte[DesignatorLength];
        code[0] = 0xef; code[1] = 0x01; code[2] = 0x00;
        target.WriteTo(code.AsSpan(3));
        return code;
    }
}
