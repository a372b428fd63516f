namespace PeerGraph.Core.Seed;

/// <summary>A problem with one record, at a JSON path relative to the record (<c>$.findings[2].theme</c>).</summary>
public sealed record RecordProblem(string JsonPath, string Message, RecordProblemCode Code = RecordProblemCode.Invalid);

public enum RecordProblemCode
{
    /// <summary>A value breaks a rule of the format.</summary>
    Invalid,
    /// <summary>A reference names a record that does not exist.</summary>
    NotFound,
    /// <summary>The record clashes with another (a duplicate, a cycle).</summary>
    Conflict,
}
