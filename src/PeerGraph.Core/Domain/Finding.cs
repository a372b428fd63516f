namespace PeerGraph.Core.Domain;

/// <summary>
/// One theme a study reports, from one or more perspectives (<see cref="PerspectiveIds"/>),
/// possibly about other groups (<see cref="AboutIds"/>), with a verbatim excerpt as evidence.
/// </summary>
public sealed record Finding(
    string Id,
    string StudyId,
    string ThemeId,
    IReadOnlyList<string> PerspectiveIds,
    IReadOnlyList<string> AboutIds,
    string Statement,
    string? Evidence);
