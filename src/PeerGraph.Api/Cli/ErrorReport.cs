using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using PeerGraph.Api.Hosting;
using PeerGraph.Neo4j.Client;

namespace PeerGraph.Api.Cli;

/// <summary>
/// What a failed start or command prints: one line naming the setting or file and what to do, and the exit code. The
/// stack trace only with <c>--verbose</c>.
/// </summary>
internal static partial class ErrorReport
{
    public static int Write(Exception exception, bool verbose, TextWriter error)
    {
        var (message, exitCode) = Describe(exception);
        error.WriteLine(message);
        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }
        return exitCode;
    }

    public static (string Message, int ExitCode) Describe(Exception exception)
    {
        var e = Unwrap(exception);
        return e switch
        {
            PeerGraphStartupException startup => (startup.Message, startup.ExitCode),
            OptionsValidationException invalid => (string.Join("; ", invalid.Failures.Select(f => Rephrase(invalid.OptionsType, f))), PeerGraphStartupException.InvalidInput),
            InvalidOperationException { Message: var m } when ConversionFailure().Match(m) is { Success: true } conversion =>
                (SettingNotConvertible(conversion.Groups["value"].Value, conversion.Groups["key"].Value, conversion.Groups["type"].Value), PeerGraphStartupException.InvalidInput),
            IOException { InnerException: AddressInUseException } io =>
                ($"{FirstLine(io.Message)} Another program is listening there: stop it, or choose another port (serve --port N, or --urls http://localhost:N).", PeerGraphStartupException.Unavailable),
            Neo4jException neo4j => (FirstLine(neo4j.Message), PeerGraphStartupException.Unavailable),
            InvalidOperationException { Message: var m } when NamesASetting().IsMatch(m) => (FirstLine(m), PeerGraphStartupException.InvalidInput),
            _ => ($"unexpected error: {e.GetType().Name}: {FirstLine(e.Message)} (run again with --verbose for the stack trace)", PeerGraphStartupException.Unavailable),
        };
    }

    private static Exception Unwrap(Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: 1 } or TargetInvocationException && e.InnerException is not null)
        {
            e = e.InnerException!;
        }
        return e;
    }

    private static string SettingNotConvertible(string value, string key, string type)
    {
        var expected = type switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Boolean" => "true or false",
            "System.TimeSpan" => "a duration such as 00:00:30",
            "System.Uri" => "a URL",
            "System.Double" => "a number",
            _ => type,
        };
        return $"{key} is '{value}', not {expected}: correct it where it is set (appsettings.json, the environment variable {key.Replace(":", "__", StringComparison.Ordinal)}, or --{key}=...).";
    }

    /// <summary>DataAnnotations name the property only; with the options class's <c>Section</c> the whole key is named.</summary>
    private static string Rephrase(Type optionsType, string failure)
    {
        var match = DataAnnotationFailure().Match(failure);
        if (!match.Success)
        {
            return failure;
        }
        var section = optionsType.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
        var key = section is null ? match.Groups["member"].Value : $"{section}:{match.Groups["member"].Value}";
        return $"{key}: {match.Groups["error"].Value.TrimEnd('.')}";
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    [GeneratedRegex(@"Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionFailure();

    [GeneratedRegex(@"members: '(?<member>[^']+)' with the error: '(?<error>.*)'")]
    private static partial Regex DataAnnotationFailure();

    [GeneratedRegex(@"\b(PeerGraph|Neo4j|Kestrel)(:\w+)+")]
    private static partial Regex NamesASetting();
}
