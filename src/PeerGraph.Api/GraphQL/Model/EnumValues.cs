using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.GraphQL.Model;

/// <summary>The contract's enum value names for the domain's enums.</summary>
internal static class MethodKindValues
{
    public static string Format(MethodKind kind) => kind == MethodKind.DataCollection ? "DATA_COLLECTION" : "ANALYSIS";

    public static MethodKind? Parse(string? value) => value switch
    {
        null => null,
        "DATA_COLLECTION" => MethodKind.DataCollection,
        "ANALYSIS" => MethodKind.Analysis,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a MethodKind"),
    };
}

internal static class StudyOrderValues
{
    public static StudyOrder Parse(string value) => value switch
    {
        "YEAR_DESC" => StudyOrder.YearDesc,
        "YEAR_ASC" => StudyOrder.YearAsc,
        "TITLE_ASC" => StudyOrder.TitleAsc,
        "CITATIONS_DESC" => StudyOrder.CitationsDesc,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a StudyOrder"),
    };

    public static string Format(StudyOrder order) => order switch
    {
        StudyOrder.YearDesc => "YEAR_DESC",
        StudyOrder.YearAsc => "YEAR_ASC",
        StudyOrder.TitleAsc => "TITLE_ASC",
        _ => "CITATIONS_DESC",
    };
}
