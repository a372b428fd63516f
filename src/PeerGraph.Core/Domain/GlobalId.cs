using System.Diagnostics.CodeAnalysis;

namespace PeerGraph.Core.Domain;

/// <summary>GraphQL global ids: the type name and the slug, <c>Study:intentional-differences-2021</c>.</summary>
public static class GlobalId
{
    public static string Format(NodeKind kind, string slug) => $"{kind}:{slug}";

    public static string Format(NodeRef node) => Format(node.Kind, node.Id);

    /// <summary>Parses <c>Type:slug</c>; false for a malformed id or an unknown type name.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out NodeRef? node)
    {
        node = null;
        if (value is null)
        {
            return false;
        }
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == value.Length - 1)
        {
            return false;
        }
        var typeName = value[..colon];
        if (!Enum.TryParse<NodeKind>(typeName, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || typeName != kind.ToString())
        {
            return false;
        }
        node = new NodeRef(kind, value[(colon + 1)..]);
        return true;
    }

    /// <summary>The slug of a global id of the expected kind; null for another kind or a malformed id.</summary>
    public static string? SlugOf(string? value, NodeKind expected) =>
        TryParse(value, out var node) && node.Value.Kind == expected ? node.Value.Id : null;

    /// <summary>For single-record fields: a bare slug (no colon) is accepted as well as a global id.</summary>
    public static string? SlugOrGlobalId(string? value, NodeKind expected) =>
        value is not null && !value.Contains(':', StringComparison.Ordinal) ? value : SlugOf(value, expected);
}
