using System.CommandLine.Parsing;
using System.Globalization;

namespace PeerGraph.Api.Cli;

/// <summary>Whole-number option values checked as they are parsed: a usage error saying what is wanted, never an exception out of the parser.</summary>
internal static class NumberArguments
{
    /// <summary>The value of <paramref name="result"/> when it is a whole number from <paramref name="min"/> to <paramref name="max"/>; otherwise null and an error such as "--port must be a port number from 1 to 65535, not 'abc'."</summary>
    public static int? InRange(ArgumentResult result, string option, string what, int min, int max)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(t => t.Value));
        if (int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option} must be {what} from {min:N0} to {max:N0}, not '{token}'."));
        return null;
    }
}
