namespace ParallelEvm.Vm.Evm;

/// <summary>One row of a fork's opcode table: static gas, stack items taken and pushed, and whether the fork has it.</summary>
public readonly record struct OpInfo(bool Valid, long Gas, byte Inputs, byte Outputs);
