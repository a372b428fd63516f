namespace PeerGraph.Core.Seed;

/// <summary>JSON paths as problems print them: <c>$.findings[2].theme</c>.</summary>
internal static class JsonPathBuilder
{
    public const string Root = "$";

    public static string Property(string parent, string name) => $"{parent}.{name}";

    public static string Index(string parent, int index) => $"{parent}[{index}]";
}
