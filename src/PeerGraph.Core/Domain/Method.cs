namespace PeerGraph.Core.Domain;

/// <summary>A research method: how data were collected or analysed.</summary>
public sealed record Method(string Id, string Name, MethodKind Kind);
