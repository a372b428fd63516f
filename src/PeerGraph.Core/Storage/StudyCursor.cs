namespace PeerGraph.Core.Storage;

/// <summary>
/// A keyset position in one order: the sort key of the last study of a page and its id. The sort key is
/// the year or citation count (<see cref="Number"/>, null when the study has none) or the lower-cased
/// title (<see cref="Text"/>). <see cref="StudyCursorCodec"/> turns it into the opaque string clients see.
/// </summary>
public sealed record StudyCursor(StudyOrder Order, long? Number, string? Text, string Id);
