using ParallelEvm.Vm.Gas;
using static ParallelEvm.Vm.Evm.Opcode;

namespace ParallelEvm.Vm.Evm;

/// <summary>Builds a fork's 256-entry opcode table once, so the interpreter checks validity, stack and static gas with one lookup.</summary>
static class OpcodeTable
{
    public static OpInfo[] Build(ForkRules r)
    {
        var t = new OpInfo[256];
        void op(Opcode o, long gas, int inputs, int outputs, bool valid = true) => t[(int)o] = new OpInfo(valid, gas, (byte)inputs, (byte)outputs);
        bool at(SpecId s) => r.Spec >= s;
        bool berlin = r.HasAccessLists;

        op(STOP, 0, 0, 0);
        foreach (var o in new[] { ADD, SUB, LT, GT, SLT, SGT, EQ, AND, OR, XOR, BYTE }) op(o, GasCosts.VeryLow, 2, 1);
        foreach (var o in new[] { MUL, DIV, SDIV, MOD, SMOD, SIGNEXTEND }) op(o, GasCosts.Low, 2, 1);
        op(ADDMOD, GasCosts.Mid, 3, 1); op(MULMOD, GasCosts.Mid, 3, 1);
        op(EXP, GasCosts.ExpBase, 2, 1);
        op(ISZERO, GasCosts.VeryLow, 1, 1); op(NOT, GasCosts.VeryLow, 1, 1);
        foreach (var o in new[] { SHL, SHR, SAR }) op(o, GasCosts.VeryLow, 2, 1, at(SpecId.Constantinople));
        op(CLZ, GasCosts.Low, 1, 1, at(SpecId.Osaka));
        op(KECCAK256, GasCosts.Keccak256, 2, 1);

        foreach (var o in new[] { ADDRESS, ORIGIN, CALLER, CALLVALUE, CALLDATASIZE, CODESIZE, GASPRICE, COINBASE, TIMESTAMP, NUMBER, PREVRANDAO, GASLIMIT, PC, MSIZE, GAS })
            op(o, GasCosts.Base, 0, 1);
        // Access-dependent prices: from Berlin the whole price is charged by the handler (warm 100 / cold 2600).
        op(BALANCE, berlin ? 0 : r.BalanceGas, 1, 1);
        op(EXTCODESIZE, berlin ? 0 : r.ExtCodeSizeGas, 1, 1);
        op(EXTCODECOPY, berlin ? 0 : r.ExtCodeSizeGas, 4, 0);
        op(EXTCODEHASH, berlin ? 0 : r.ExtCodeHashGas, 1, 1, at(SpecId.Constantinople));
        op(SLOAD, berlin ? 0 : r.SloadGas, 1, 1);
        op(CALLDATALOAD, GasCosts.VeryLow, 1, 1);
        op(CALLDATACOPY, GasCosts.VeryLow, 3, 0); op(CODECOPY, GasCosts.VeryLow, 3, 0);
        op(RETURNDATASIZE, GasCosts.Base, 0, 1, r.HasRevert); op(RETURNDATACOPY, GasCosts.VeryLow, 3, 0, r.HasRevert);
        op(BLOCKHASH, GasCosts.BlockHash, 1, 1);
        op(CHAINID, GasCosts.Base, 0, 1, at(SpecId.Istanbul));
        op(SELFBALANCE, GasCosts.Low, 0, 1, at(SpecId.Istanbul));
        op(BASEFEE, GasCosts.Base, 0, 1, r.HasBaseFee);
        op(BLOBHASH, GasCosts.BlobHash, 1, 1, r.HasBlobs);
        op(BLOBBASEFEE, GasCosts.Base, 0, 1, r.HasBlobs);

        op(POP, GasCosts.Base, 1, 0);
        op(MLOAD, GasCosts.VeryLow, 1, 1); op(MSTORE, GasCosts.VeryLow, 2, 0); op(MSTORE8, GasCosts.VeryLow, 2, 0);
        op(SSTORE, 0, 2, 0);
        op(JUMP, GasCosts.Mid, 1, 0); op(JUMPI, GasCosts.High, 2, 0);
        op(JUMPDEST, GasCosts.JumpDest, 0, 0);
        op(TLOAD, GasCosts.TransientStorage, 1, 1, at(SpecId.Cancun)); op(TSTORE, GasCosts.TransientStorage, 2, 0, at(SpecId.Cancun));
        op(MCOPY, GasCosts.VeryLow, 3, 0, at(SpecId.Cancun));
        op(PUSH0, GasCosts.Base, 0, 1, at(SpecId.Shanghai));
        for (int i = 0; i < 32; i++) op((Opcode)((int)PUSH1 + i), GasCosts.VeryLow, 0, 1);
        for (int i = 0; i < 16; i++) op((Opcode)((int)DUP1 + i), GasCosts.VeryLow, i + 1, i + 2);
        for (int i = 0; i < 16; i++) op((Opcode)((int)SWAP1 + i), GasCosts.VeryLow, i + 2, i + 2);
        for (int i = 0; i <= 4; i++) op((Opcode)((int)LOG0 + i), GasCosts.Log + i * GasCosts.LogTopic, i + 2, 0);

        op(CREATE, GasCosts.Create, 3, 1);
        op(CALL, berlin ? 0 : r.CallGas, 7, 1);
        op(CALLCODE, berlin ? 0 : r.CallGas, 7, 1);
        op(RETURN, 0, 2, 0);
        op(DELEGATECALL, berlin ? 0 : r.CallGas, 6, 1, r.HasDelegateCall);
        op(CREATE2, GasCosts.Create, 4, 1, at(SpecId.Constantinople));
        op(STATICCALL, berlin ? 0 : r.CallGas, 6, 1, r.HasRevert);
        op(REVERT, 0, 2, 0, r.HasRevert);
        op(INVALID, 0, 0, 0, valid: false);
        op(SELFDESTRUCT, r.SelfDestructGas, 1, 0);
        return t;
    }
}
