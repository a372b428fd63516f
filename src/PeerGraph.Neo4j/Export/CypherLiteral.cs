using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PeerGraph.Neo4j.Export;

/// <summary>
/// Writes a parameter value as a Cypher literal (strings quoted and escaped, numbers invariant, lists, maps with keys
/// backticked when needed), for the <c>:param</c> commands of an exported script. Values are never spliced into
/// statements: the statements stay the parameterised .cypher files.
/// </summary>
public static partial class CypherLiteral
{
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainKey();

    public static string Write(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder b, object? value)
    {
        switch (value)
        {
            case null:
                b.Append("null");
                break;
            case string s:
                AppendString(b, s);
                break;
            case bool flag:
                b.Append(flag ? "true" : "false");
                break;
            case int or long or short:
                b.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                b.Append(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            case IDictionary<string, object?> map:
                b.Append('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    if (!first)
                    {
                        b.Append(", ");
                    }
                    first = false;
                    b.Append(PlainKey().IsMatch(key) ? key : "`" + key.Replace("`", "``", StringComparison.Ordinal) + "`").Append(": ");
                    Append(b, item);
                }
                b.Append('}');
                break;
            case IEnumerable list:
                b.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem)
                    {
                        b.Append(", ");
                    }
                    firstItem = false;
                    Append(b, item);
                }
                b.Append(']');
                break;
            default:
                throw new NotSupportedException($"no Cypher literal for {value.GetType().Name}");
        }
    }

    private static void AppendString(StringBuilder b, string s)
    {
        b.Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': b.Append("\\\\"); break;
                case '\'': b.Append("\\'"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        b.Append(c);
                    }
                    break;
            }
        }
        b.Append('\'');
    }
}
