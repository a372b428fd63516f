using System.Globalization;
using System.Text.RegularExpressions;

namespace PeerGraph.Neo4j.Tests.Compose;

/// <summary>One setting of Neo4j's configuration reference: its name, whether only Enterprise knows it, and the value rule the page states.</summary>
public sealed record Neo4jSetting(string Name, bool EnterpriseOnly, string ValidValues, string Default);

/// <summary>
/// Neo4j 5.26's configuration settings, read from neo4j/settings/neo4j-5.26-settings.tsv (made from the Operations Manual's
/// "Configuration settings" page; the file's header names the commit), and the check of a value against the page's
/// "Valid values" text. Only the kinds of rule written below are understood: any other is reported as not checkable,
/// so a new kind of setting in docker-compose.yml makes the check fail until it is taught here.
/// </summary>
public sealed partial class Neo4jSettingsReference
{
    private readonly Dictionary<string, Neo4jSetting> _settings;

    private Neo4jSettingsReference(Dictionary<string, Neo4jSetting> settings) => _settings = settings;

    public static Neo4jSettingsReference Load(string path) => new(File.ReadLines(path)
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .Select(c => new Neo4jSetting(c[0], c[1] == "enterprise", c[2], c.Length > 3 ? c[3] : ""))
        .ToDictionary(s => s.Name, StringComparer.Ordinal));

    public int Count => _settings.Count;

    public Neo4jSetting? Find(string name) => _settings.GetValueOrDefault(name);

    /// <summary>Null when the value is valid; otherwise why not, naming the setting and the rule.</summary>
    public static string? Check(Neo4jSetting setting, string value)
    {
        var rule = setting.ValidValues;
        string Bad(string why) => $"{setting.Name}={value}: {why} (Neo4j 5.26 accepts: {rule})";

        if (rule is "A string." or "A secure string.")
        {
            return null;
        }
        if (rule == "A boolean.")
        {
            return value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase) ? null : Bad("not a boolean");
        }
        if (EnumSet().Match(rule) is { Success: true } set)
        {
            var members = Members(set.Groups[1].Value);
            var unknown = value.Split(',').Select(v => v.Trim()).Where(v => !members.Contains(v)).ToList();
            return unknown.Count == 0 ? null : Bad($"{string.Join(", ", unknown)} is not one of them");
        }
        if (OneOf().Match(rule) is { Success: true } one)
        {
            return Members(one.Groups[1].Value).Contains(value) ? null : Bad("not one of them");
        }
        if (rule.StartsWith("An integer", StringComparison.Ordinal) || rule.StartsWith("A long", StringComparison.Ordinal))
        {
            if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return Bad("not a whole number");
            }
            var min = Minimum().Match(rule);
            var range = Range().Match(rule);
            var max = Maximum().Match(rule);
            return (min.Success && number < long.Parse(min.Groups[1].Value, CultureInfo.InvariantCulture))
                || (range.Success && (number < long.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture) || number > long.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture)))
                || (max.Success && number > long.Parse(max.Groups[1].Value, CultureInfo.InvariantCulture))
                ? Bad("out of range") : null;
        }
        if (rule.StartsWith("A duration (", StringComparison.Ordinal))
        {
            return Duration().IsMatch(value) ? null : Bad("not a duration such as 30s or 5m");
        }
        if (rule.StartsWith("A byte size (", StringComparison.Ordinal))
        {
            return ByteSize().IsMatch(value) ? null : Bad("not a byte size such as 512M or 2GiB");
        }
        return $"{setting.Name}: this check cannot validate values of this kind yet ({rule}); teach Neo4jSettingsReference.Check before using it";
    }

    private static HashSet<string> Members(string list) => list.Split(',').Select(m => m.Trim()).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^A comma-separated set where each element is one of \[([^\]]*)\]\.$")]
    private static partial Regex EnumSet();

    [GeneratedRegex(@"^One of \[([^\]]*)\]\.$")]
    private static partial Regex OneOf();

    [GeneratedRegex(@"minimum `?(-?\d+)`?")]
    private static partial Regex Minimum();

    [GeneratedRegex(@"maximum `?(-?\d+)`?")]
    private static partial Regex Maximum();

    [GeneratedRegex(@"in the range `(-?\d+)` to `(-?\d+)`")]
    private static partial Regex Range();

    [GeneratedRegex(@"^\d+(ns|μs|ms|s|m|h|d)?$")]
    private static partial Regex Duration();

    [GeneratedRegex(@"^\d+(\.\d+)?(B|KiB|KB|K|kB|kb|k|MiB|MB|M|mB|mb|m|GiB|GB|G|gB|gb|g|TiB|TB|PiB|PB|EiB|EB)?$")]
    private static partial Regex ByteSize();
}
