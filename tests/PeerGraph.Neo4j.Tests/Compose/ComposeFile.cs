using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace PeerGraph.Neo4j.Tests.Compose;

/// <summary>
/// The environment of a service of a compose file, with compose's interpolation of <c>${NAME:-default}</c> and
/// <c>${NAME}</c> resolved to the defaults written in the file (what a user who sets nothing gets) and <c>$$</c> to <c>$</c>.
/// </summary>
public static partial class ComposeFile
{
    public static (string Image, IReadOnlyDictionary<string, string> Environment) Service(string path, string service)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var node = (YamlMappingNode)((YamlMappingNode)root["services"])[service];
        var image = node.Children.TryGetValue("image", out var i) ? ((YamlScalarNode)i).Value ?? "" : "";
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node.Children.TryGetValue("environment", out var env))
        {
            if (env is YamlMappingNode map)
            {
                foreach (var (key, value) in map.Children)
                {
                    environment[((YamlScalarNode)key).Value!] = Interpolate(((YamlScalarNode)value).Value ?? "");
                }
            }
            else
            {
                foreach (var item in (YamlSequenceNode)env)
                {
                    var text = ((YamlScalarNode)item).Value!;
                    var at = text.IndexOf('=', StringComparison.Ordinal);
                    environment[at < 0 ? text : text[..at]] = at < 0 ? "" : Interpolate(text[(at + 1)..]);
                }
            }
        }
        return (image, environment);
    }

    public static string Interpolate(string value) =>
        Variable().Replace(value, m => m.Value == "$$" ? "$" : m.Groups["default"].Success ? m.Groups["default"].Value : "");

    [GeneratedRegex(@"\$\$|\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?::?-(?<default>[^}]*))?\}")]
    private static partial Regex Variable();
}
