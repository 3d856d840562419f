// The cluster specs start several nodes each; run one class at a time so a loaded 2-core machine is not overcommitted.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
