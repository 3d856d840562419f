using ParallelEvm.State.Json;

namespace ParallelEvm.Vm.StateTests;

/// <summary>
/// Runs GeneralStateTests fixture files: loads one file at a time, runs each selected vector on a fresh pre-state,
/// and reports every vector's outcome. Files may run in parallel; results come back in file order.
/// </summary>
public sealed class StateTestRunner
{
    readonly StateTestLoader _loader;
    readonly StateTestExecutor _execute;
    readonly string? _filter;
    readonly int _parallelism;

    /// <param name="forks">Fork keys to run (default: all of <see cref="StateTestLoader.SupportedForks"/>).</param>
    /// <param name="filter">When set, only vectors whose id contains it (ignoring case) are run or counted.</param>
    /// <param name="execute">The transaction executor (default: the VM).</param>
    /// <param name="parallelism">Files run at once (default: the processor count).</param>
    public StateTestRunner(IEnumerable<string>? forks = null, string? filter = null, StateTestExecutor? execute = null, int? parallelism = null)
    {
        _loader = new StateTestLoader(forks);
        _filter = string.IsNullOrEmpty(filter) ? null : filter;
        _execute = execute ?? StateTestExecutors.Vm;
        _parallelism = Math.Max(1, parallelism ?? Environment.ProcessorCount);
    }

    /// <summary>Runs every fixture under the given files or folders, streaming one result per file in path order.</summary>
    public IEnumerable<FileOutcome> Run(IEnumerable<string> filesOrDirectories)
    {
        var files = filesOrDirectories.SelectMany(StateTestLoader.FindFiles).ToList();
        if (_parallelism == 1) return files.Select(f => RunFile(f.Path, f.RelativePath));
        return files.AsParallel().AsOrdered().WithDegreeOfParallelism(_parallelism).Select(f => RunFile(f.Path, f.RelativePath));
    }

    public FileOutcome RunFile(string path, string relativePath) => Run(_loader.LoadFile(path, relativePath));

    public FileOutcome Run(StateTestFile file)
    {
        var outcome = new FileOutcome { RelativePath = file.RelativePath };
        foreach (var (id, error) in file.Errors)
            if (Selected(id)) outcome.Vectors.Add(new VectorOutcome(id, VectorVerdict.Failed, $"fixture error: {error.Message}"));

        foreach (var test in file.Tests)
        {
            foreach (var vector in test.Vectors)
            {
                var id = vector.Id;
                if (Selected(id)) outcome.Vectors.Add(StateTestJudge.Run(vector, _execute));
            }
            foreach (var id in test.SkippedVectorIds)
                if (Selected(id)) outcome.Vectors.Add(new VectorOutcome(id, VectorVerdict.Skipped, "fork not selected"));
        }

        if (!file.HasSupportedForkVectors && file.UnsupportedForkVectors > 0 && Selected(file.RelativePath))
        {
            outcome.UnsupportedSkipped = file.UnsupportedForkVectors;
            outcome.Note = $"{file.UnsupportedForkVectors} vectors not run: no {string.Join("/", StateTestLoader.SupportedForks)} vectors " +
                           $"(only {string.Join(", ", file.UnsupportedForks)})";
        }
        return outcome;
    }

    bool Selected(string id) => _filter is null || id.Contains(_filter, StringComparison.OrdinalIgnoreCase);
}
