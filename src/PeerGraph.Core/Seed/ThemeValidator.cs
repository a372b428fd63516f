using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Seed;

/// <summary>Checks a theme against the taxonomy it joins: a slug id, a name, an existing parent, no cycle.</summary>
public static class ThemeValidator
{
    /// <param name="theme">The theme to create or replace.</param>
    /// <param name="parentOf">Every existing theme id and its parent id (null for a root).</param>
    public static IReadOnlyList<RecordProblem> Validate(Theme theme, IReadOnlyDictionary<string, string?> parentOf)
    {
        var problems = new List<RecordProblem>();
        if (!Slug.IsValid(theme.Id))
        {
            problems.Add(new RecordProblem("$.id", $"expected a lower-case kebab-case slug, got '{theme.Id}'"));
        }
        if (string.IsNullOrWhiteSpace(theme.Name))
        {
            problems.Add(new RecordProblem("$.name", "expected a non-empty name"));
        }
        if (theme.ParentId is { } parent)
        {
            if (!parentOf.ContainsKey(parent) && parent != theme.Id)
            {
                problems.Add(new RecordProblem("$.parent", $"unknown theme '{parent}'", RecordProblemCode.NotFound));
            }
            else if (FindCycle(theme.Id, parent, parentOf) is { } cycle)
            {
                problems.Add(new RecordProblem("$.parent", $"parent '{parent}' would make a cycle: {string.Join(" -> ", cycle)}", RecordProblemCode.Conflict));
            }
        }
        return problems;
    }

    /// <summary>The chain id -> parent -> ... -> id when making <paramref name="parent"/> the parent of <paramref name="id"/> closes a loop.</summary>
    internal static IReadOnlyList<string>? FindCycle(string id, string parent, IReadOnlyDictionary<string, string?> parentOf)
    {
        var chain = new List<string> { id };
        var visited = new HashSet<string>(StringComparer.Ordinal) { id };
        string? current = parent;
        while (current is not null)
        {
            chain.Add(current);
            if (current == id)
            {
                return chain;
            }
            if (!visited.Add(current))
            {
                return null; // a loop elsewhere, reported for those themes
            }
            current = parentOf.TryGetValue(current, out var next) ? next : null;
        }
        return null;
    }
}
