namespace PeerGraph.Core.Storage;

/// <summary>How far a seed load has gone: studies written of the total.</summary>
public readonly record struct SeedLoadProgress(int StudiesWritten, int StudiesTotal);
