namespace PeerGraph.Core.Seed;

/// <summary>A sampled stakeholder group; <see cref="Count"/> is null when the source states no number.</summary>
public sealed record ParticipantRecord(string GroupId, int? Count, string? Note);
