namespace PeerGraph.Core.Domain;

/// <summary>A journal; its slug is <see cref="Slug.From"/> of its name.</summary>
public sealed record Journal(string Id, string Name, IReadOnlyList<string> Issn, string? Publisher);
