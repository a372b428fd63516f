namespace PeerGraph.Core.Domain;

/// <summary>A stakeholder group (peer specialist, supervisor, ...) with the other names the literature uses.</summary>
public sealed record StakeholderGroup(string Id, string Name, string? Description, IReadOnlyList<string> Synonyms);
