namespace PeerGraph.Core.Domain;

/// <summary>A service setting a study was conducted in (e.g. a Housing First agency).</summary>
public sealed record Setting(string Id, string Name, string? Description);
