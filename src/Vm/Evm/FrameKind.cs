namespace ParallelEvm.Vm.Evm;

enum FrameKind : byte { Call, CallCode, DelegateCall, StaticCall, Create, Create2 }
