using System.Text.Json;

namespace PeerGraph.Core.Seed;

/// <summary>
/// Reads the properties of one JSON object with their paths: a wrong type or a missing required property is a
/// problem at that path, never an exception, and properties the format does not know are problems too (a typo must
/// not silently drop data).
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly ProblemSink _problems;

    private JsonObjectReader(JsonElement element, string path, ProblemSink problems)
    {
        _element = element;
        Path = path;
        _problems = problems;
    }

    public string Path { get; }

    /// <summary>A reader for an object, or null (with a problem) when the element is not an object.</summary>
    public static JsonObjectReader? For(JsonElement element, string path, ProblemSink problems, IReadOnlySet<string> knownProperties)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, $"expected an object, got {Describe(element)}");
            return null;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (!knownProperties.Contains(property.Name))
            {
                problems.Add(JsonPathBuilder.Property(path, property.Name), $"unknown property '{property.Name}'");
            }
        }
        return new JsonObjectReader(element, path, problems);
    }

    public string PathOf(string name) => JsonPathBuilder.Property(Path, name);

    public void Problem(string name, string message) => _problems.Add(PathOf(name), message);

    public string RequiredString(string name)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Problem(name, "required, missing");
            return "";
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(name, $"expected a string, got {Describe(value)}");
            return "";
        }
        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Problem(name, "expected a non-empty string");
        }
        return text;
    }

    public string? OptionalString(string name)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(name, $"expected a string or null, got {Describe(value)}");
            return null;
        }
        return value.GetString();
    }

    public int? OptionalInt(string name)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Problem(name, $"expected an integer or null, got {Describe(value)}");
            return null;
        }
        return number;
    }

    public bool OptionalBool(string name)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Problem(name, $"expected true or false, got {Describe(value)}");
            return false;
        }
        return value.GetBoolean();
    }

    /// <summary>A list of strings; absent or null is an empty list unless <paramref name="required"/>.</summary>
    public IReadOnlyList<string> Strings(string name, bool required = false)
    {
        var items = new List<string>();
        foreach (var (item, path) in Array(name, required))
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                _problems.Add(path, $"expected a string, got {Describe(item)}");
                continue;
            }
            items.Add(item.GetString()!);
        }
        return items;
    }

    /// <summary>The elements of an array property with their paths; absent or null is empty unless required.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(string name, bool required = false)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Problem(name, "required, missing");
            }
            return [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(name, $"expected an array, got {Describe(value)}");
            return [];
        }
        var path = PathOf(name);
        return value.EnumerateArray().Select((item, index) => (item, JsonPathBuilder.Index(path, index))).ToList();
    }

    /// <summary>A nested object property, or null when absent or null.</summary>
    public JsonObjectReader? OptionalObject(string name, IReadOnlySet<string> knownProperties)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return For(value, PathOf(name), _problems, knownProperties);
    }

    public JsonObjectReader? RequiredObject(string name, IReadOnlySet<string> knownProperties)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Problem(name, "required, missing");
            return null;
        }
        return For(value, PathOf(name), _problems, knownProperties);
    }

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{element.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
