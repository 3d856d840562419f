namespace ParallelEvm.Stress.Blocks;

/// <summary>Why a payload was refused before execution (the errors a node's front door gives).</summary>
public enum BadInputKind
{
    /// <summary>Not JSON, or JSON that does not follow the block-file schema (<c>FixtureFormatException</c>).</summary>
    MalformedJson,
    /// <summary>A transaction whose RLP is truncated or otherwise malformed (<c>RlpException</c>).</summary>
    MalformedRlp,
    /// <summary>A signature no sender can be recovered from, or whose sender is not the stated <c>from</c>.</summary>
    InvalidSignature,
    /// <summary>A fork name the VM does not know.</summary>
    UnknownFork,
    /// <summary>A header that lacks a field its fork requires.</summary>
    InvalidHeader,
}
