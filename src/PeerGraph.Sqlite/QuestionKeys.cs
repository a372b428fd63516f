using System.Globalization;
using System.Text;

namespace PeerGraph.Sqlite;

/// <summary>Statement parameter values as one string, for question cache keys (names and values, unambiguous).</summary>
internal static class QuestionKeys
{
    public static string Of(IEnumerable<(string Name, object? Value)> parameters)
    {
        var key = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            var text = value is null ? "" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            // Length-prefixed, so that no value can pass for a name or another value.
            key.Append(name).Append(':').Append(value is null ? "null" : value.GetType().Name).Append(':')
                .Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text).Append(';');
        }
        return key.ToString();
    }
}
