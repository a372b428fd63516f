using System.Text.RegularExpressions;
using PeerGraph.Core.Seed;

namespace PeerGraph.Api.GraphQL.Model;

/// <summary>
/// Turns the record-relative JSON paths of Core's validators (<c>$.findings[0].theme</c>) into the GraphQL input
/// paths of a mutation (<c>["input", "findings", "0", "themeId"]</c>): the seed format and the input types name a
/// few fields differently.
/// </summary>
internal static partial class InputPaths
{
    private static readonly Dictionary<string, string> InputNames = new(StringComparer.Ordinal)
    {
        ["theme"] = "themeId",
        ["perspectives"] = "perspectiveIds",
        ["about"] = "aboutIds",
        ["methods"] = "methodIds",
        ["group"] = "groupId",
        ["parent"] = "parentId",
    };

    [GeneratedRegex(@"\.([A-Za-z$]+)|\[(\d+)\]")]
    private static partial Regex Segment();

    public static IReadOnlyList<string> From(string jsonPath, string root = "input")
    {
        var path = new List<string> { root };
        foreach (Match match in Segment().Matches(jsonPath))
        {
            path.Add(match.Groups[1].Success ? InputNames.GetValueOrDefault(match.Groups[1].Value, match.Groups[1].Value) : match.Groups[2].Value);
        }
        return path;
    }

    public static UserErrorView ToUserError(RecordProblem problem) => new(From(problem.JsonPath), problem.Message, problem.Code switch
    {
        RecordProblemCode.NotFound => "NOT_FOUND",
        RecordProblemCode.Conflict => "CONFLICT",
        _ => "INVALID",
    });
}
