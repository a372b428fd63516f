namespace PeerGraph.Core.Domain;

/// <summary>A stakeholder group a study sampled; <see cref="Count"/> is null when the source gives none.</summary>
public sealed record Participation(string StudyId, string GroupId, int? Count, string? Note);
