namespace PeerGraph.Core.Domain;

/// <summary>A node of the two-level theme taxonomy; <see cref="ParentId"/> is null for a top-level theme.</summary>
public sealed record Theme(string Id, string Name, string? Description, string? ParentId);
