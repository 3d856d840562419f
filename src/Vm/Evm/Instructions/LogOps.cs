using ParallelEvm.State;
using ParallelEvm.Vm.Gas;

namespace ParallelEvm.Vm.Evm;

// LOG0–LOG4.
sealed partial class Interpreter
{
    EvmError Log(CallFrame f, int topicCount)
    {
        if (f.IsStatic) return EvmError.StaticStateChange;
        var offset = f.Pop(); var length = f.Pop();
        var topics = topicCount == 0 ? [] : new Hash256[topicCount];
        for (int i = 0; i < topicCount; i++) topics[i] = new Hash256(f.Pop());
        if (!length.FitsInUlong || length.U0 > long.MaxValue / GasCosts.LogData || !UseGas(f, GasCosts.LogData * (long)length.U0))
            return EvmError.OutOfGas;
        if (!ExpandMemory(f, offset, length)) return EvmError.OutOfGas;
        _world.AddLog(new LogEntry(f.Address, topics, f.Memory.ToArray(offset, length)));
        return EvmError.None;
    }
}
