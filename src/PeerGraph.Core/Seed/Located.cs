namespace PeerGraph.Core.Seed;

/// <summary>A parsed record with where it came from, so later rules can point at it.</summary>
internal sealed record Located<T>(T Value, ProblemSink Problems, string Path);
