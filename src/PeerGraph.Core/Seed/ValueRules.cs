using System.Globalization;
using System.Text.RegularExpressions;

namespace PeerGraph.Core.Seed;

/// <summary>The value rules of seed-format.md that do not depend on other records.</summary>
public static partial class ValueRules
{
    public const int MinYear = 1900;

    /// <summary>Next year; the clock is read at most once a minute (every study of a seed is checked against it).</summary>
    public static int MaxYear
    {
        get
        {
            var known = _maxYear;
            var now = Environment.TickCount64;
            if (known is null || now - known.ReadAt > 60_000)
            {
                known = new YearReading(DateTime.UtcNow.Year + 1, now);
                _maxYear = known;
            }
            return known.Year;
        }
    }

    private sealed record YearReading(int Year, long ReadAt);

    private static YearReading? _maxYear;

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex DoiPattern();

    public static bool IsDoi(string value) => DoiPattern().IsMatch(value);

    public static bool IsRealDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD, each a real calendar value.</summary>
    public static bool IsPartialDate(string value) => value.Length switch
    {
        4 => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= MinYear,
        7 => DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        10 => IsRealDate(value),
        _ => false,
    };

    /// <summary>Whitespace-normalised text, for comparing evidence with its source.</summary>
    public static string NormaliseWhitespace(string text) => WhitespaceRun().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
