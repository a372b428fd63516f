namespace PeerGraph.Core.Storage;

/// <summary>
/// Study orders; ties are broken by id ascending. Studies without a year or citation count come last
/// in both directions. Titles compare case-insensitively (ordinal on the lower-cased title).
/// </summary>
public enum StudyOrder
{
    YearDesc,
    YearAsc,
    TitleAsc,
    CitationsDesc,
}
