using System.Text.Encodings.Web;
using System.Text.Json;
using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Seed;

/// <summary>Writes a seed in bundle form (one JSON file), streaming, so 100,000 studies need little memory.</summary>
public static class SeedBundleWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(SeedGraph seed, Stream output, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteStartArray("groups");
        foreach (var group in seed.Groups)
        {
            writer.WriteStartObject();
            writer.WriteString("id", group.Id);
            writer.WriteString("name", group.Name);
            writer.WriteString("description", group.Description);
            WriteStrings(writer, "synonyms", group.Synonyms);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("themes");
        foreach (var theme in seed.Themes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", theme.Id);
            writer.WriteString("name", theme.Name);
            writer.WriteString("description", theme.Description);
            writer.WriteString("parent", theme.ParentId);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("methods");
        foreach (var method in seed.Methods)
        {
            writer.WriteStartObject();
            writer.WriteString("id", method.Id);
            writer.WriteString("name", method.Name);
            writer.WriteString("kind", method.Kind == MethodKind.DataCollection ? "DATA_COLLECTION" : "ANALYSIS");
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("studies");
        foreach (var study in seed.Studies)
        {
            WriteStudy(writer, study);
            if (writer.BytesPending > 1 << 16)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    public static async Task WriteFileAsync(SeedGraph seed, string path, CancellationToken cancellationToken = default)
    {
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await WriteAsync(seed, file, cancellationToken);
    }

    private static void WriteStudy(Utf8JsonWriter writer, StudyRecord study)
    {
        writer.WriteStartObject();
        writer.WriteString("id", study.Id);
        writer.WriteString("title", study.Title);
        writer.WriteBoolean("titleIsDerived", study.TitleIsDerived);
        writer.WriteString("abstract", study.Abstract);
        WriteNumber(writer, "year", study.Year);
        writer.WriteString("publishedOn", study.PublishedOn);
        writer.WriteString("doi", study.Doi);
        writer.WriteString("url", study.Url);
        if (study.Journal is { } journal)
        {
            writer.WriteStartObject("journal");
            writer.WriteString("name", journal.Name);
            WriteStrings(writer, "issn", journal.Issn);
            writer.WriteString("publisher", journal.Publisher);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("journal");
        }
        writer.WriteString("volume", study.Volume);
        writer.WriteString("issue", study.Issue);
        writer.WriteString("pages", study.Pages);
        WriteStrings(writer, "authors", study.Authors);
        writer.WriteString("design", study.Design);
        WriteStrings(writer, "methods", study.MethodIds);
        writer.WriteStartArray("settings");
        foreach (var setting in study.Settings)
        {
            writer.WriteStartObject();
            writer.WriteString("id", setting.Id);
            writer.WriteString("name", setting.Name);
            writer.WriteString("description", setting.Description);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteString("location", study.Location);
        writer.WriteString("dataCollectedFrom", study.DataCollectedFrom);
        writer.WriteString("dataCollectedTo", study.DataCollectedTo);
        WriteStrings(writer, "keywords", study.Keywords);
        WriteNumber(writer, "citationCount", study.CitationCount);
        writer.WriteStartArray("participants");
        foreach (var participant in study.Participants)
        {
            writer.WriteStartObject();
            writer.WriteString("group", participant.GroupId);
            WriteNumber(writer, "count", participant.Count);
            writer.WriteString("note", participant.Note);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("findings");
        foreach (var finding in study.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("id", finding.Id);
            writer.WriteString("theme", finding.ThemeId);
            WriteStrings(writer, "perspectives", finding.PerspectiveIds);
            WriteStrings(writer, "about", finding.AboutIds);
            writer.WriteString("statement", finding.Statement);
            writer.WriteString("evidence", finding.Evidence);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartObject("source");
        writer.WriteString("file", study.Source.File);
        writer.WriteString("kind", study.Source.Kind);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
