using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/PeerGraph.Benchmarks -- --filter '*'   (see bench/README.md)
BenchmarkSwitcher.FromAssembly(typeof(PeerGraph.Benchmarks.BenchmarkGraph).Assembly).Run(args);
