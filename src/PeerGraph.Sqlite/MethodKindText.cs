using PeerGraph.Core.Domain;

namespace PeerGraph.Sqlite;

/// <summary>How method kinds are stored: the contract's enum names.</summary>
internal static class MethodKindText
{
    public static string Of(MethodKind kind) => kind == MethodKind.DataCollection ? "DATA_COLLECTION" : "ANALYSIS";

    public static MethodKind Parse(string text) => text == "DATA_COLLECTION" ? MethodKind.DataCollection : MethodKind.Analysis;
}
