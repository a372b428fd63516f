namespace PeerGraph.Core.Domain;

/// <summary>An author; its slug is <see cref="Slug.From"/> of the name, so the same name is the same author.</summary>
public sealed record Author(string Id, string Name);
