using System.Text;
using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;
using PeerGraph.Sqlite.Search;
using PeerGraph.StoreContract;

namespace PeerGraph.Sqlite.Tests;

/// <summary>
/// The studies' text filter is answered by the in-memory search index (<see cref="SearchIndex.StudiesWithEveryWord"/>);
/// until schema version 5 it was FTS5's <c>"w1" "w2" ...</c> (every word of <see cref="SearchText.Words"/> quoted) on
/// search_doc's study documents, tokenized by <c>unicode61 remove_diacritics 2</c> (V1_Schema.sql). These tests hold the
/// two to the same studies: FTS5 is the oracle, on a table made as V1 made search_doc, over the same documents, for
/// texts as they are composed (NFC). Decomposed text is the one difference, on purpose (see DifferencesAsync).
/// </summary>
public sealed class TextFilterEquivalenceTests
{
    /// <summary>Texts where tokenizers tend to part: case, accents (composed and not), ligatures, scripts, digits, punctuation.</summary>
    private static readonly string[] Tricky =
    [
        "Café au lait, naïve coöperation; Œuvre ÆSIR straße STRASSE résumé RÉSUMÉ",
        "Cafe\u0301 decomposed, re\u0301sume\u0301 and Ångström, Ñandú, Łódź, Dvořák, Søren, Þór",
        "peer-support don't co-worker e-mail self_care x.y a/b 3rd 2020s COVID-19 ½ ² Ⅻ",
        "İstanbul ISTANBUL ıssız DİYARBAKIR",
        "Ψυχική υγεία ΨΥΧΙΚΉ ΥΓΕΊΑ άλφα",
        "Психическое ЗДОРОВЬЕ йога ёлка",
        "精神健康 ピア サポート 동료 지원",
        "peer 🤝 support, tab\tand\nnewline; \u00A0nbsp\u00A0word",
        "ǅemal ǆ Ǳ ĳssel Ĳssel ﬁnance ﬂow",
        "trust TRUST Trust trusting trusted Søren soren ǖber Ǘber ǘ Ő ő ẞ ß Ǆ ǅ ƒ Đ đ Ħ ı ŀ Ŀ",
    ];

    [Fact]
    public void A_word_with_a_separate_accent_mark_matches_the_composed_word_where_FTS5_matched_nothing()
    {
        var studies = new List<SearchDocument> { new(1, NodeKind.Study, "naive", "naive", "Naïve helpers", null, null, null) };
        var index = new SearchIndex();
        index.Add(studies[0]);
        index.Seal();

        Assert.Equal(["naive"], index.StudiesWithEveryWord("nai\u0308ve"));
        Assert.Equal(["nai", "ve"], SearchText.Words("nai\u0308ve")); // what FtsQuery quoted: two words, neither in the document
    }

    [Fact]
    public async Task The_index_finds_the_studies_FTS5_found_for_every_word_and_pair_of_words_of_the_studies()
    {
        var studies = StudyDocuments(Seeds.Generated(200, seed: 11));
        for (var i = 0; i < Tricky.Length; i++)
        {
            studies.Add(new SearchDocument(100_000 + i * 4 + 1, NodeKind.Study, $"tricky-{i}", $"tricky-{i}",
                Tricky[i], string.Join(' ', Tricky[(i + 1) % Tricky.Length].Split(' ').Take(3)), Tricky[(i + 3) % Tricky.Length], null));
        }
        var queries = Queries(studies);
        var differences = await DifferencesAsync(studies, queries);

        Assert.True(queries.Count > 1000, $"only {queries.Count} queries");
        Assert.Empty(differences);
    }

    private static List<SearchDocument> StudyDocuments(SeedGraph seed) =>
        seed.Studies.Select((s, i) => new SearchDocument(i * 4L + 5, NodeKind.Study, s.Id, s.Id, s.Title, string.Join(' ', s.Keywords), s.Abstract, null)).ToList();

    /// <summary>Each word of every text as it is written, upper-cased, decomposed and without accents; each pair of neighbours.</summary>
    private static List<string> Queries(List<SearchDocument> studies)
    {
        var queries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in studies.SelectMany(s => s.Texts).Concat(Tricky).OfType<string>())
        {
            var words = System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{N}]+").Select(m => m.Value).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                queries.Add(words[i]);
                queries.Add(words[i].ToUpperInvariant());
                queries.Add(words[i].Normalize(NormalizationForm.FormD));
                queries.Add(SearchText.Fold(words[i]));
                queries.Add(new string(words[i].Normalize(NormalizationForm.FormD).Where(c => c < 128).ToArray()));
                if (i > 0)
                {
                    queries.Add($"{words[i - 1]} {words[i]}");
                    queries.Add($"{words[i]}, {words[i - 1].ToUpperInvariant()}!");
                }
            }
        }
        queries.Add("trust \"OR\" peer");
        queries.Add("NEAR(trust peer)");
        queries.Add("peer*");
        return [.. queries];
    }

    private static async Task<List<string>> DifferencesAsync(List<SearchDocument> studies, List<string> queries)
    {
        var index = new SearchIndex();
        foreach (var study in studies)
        {
            index.Add(study);
        }
        index.Seal();

        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using (var create = connection.CreateCommand())
        {
            // search_doc as V1_Schema.sql made it.
            create.CommandText = """
                CREATE VIRTUAL TABLE search_doc USING fts5(
                  kind UNINDEXED, node_id UNINDEXED, heading, keywords, body, evidence,
                  tokenize = 'unicode61 remove_diacritics 2');
                """;
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        foreach (var study in studies)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO search_doc (rowid, kind, node_id, heading, keywords, body, evidence) VALUES ($key, 'Study', $id, $heading, $keywords, $body, $evidence)";
            insert.Parameters.AddWithValue("$key", study.Key);
            insert.Parameters.AddWithValue("$id", study.NodeId);
            insert.Parameters.AddWithValue("$heading", (object?)study.Heading ?? DBNull.Value);
            insert.Parameters.AddWithValue("$keywords", (object?)study.Keywords ?? DBNull.Value);
            insert.Parameters.AddWithValue("$body", (object?)study.Body ?? DBNull.Value);
            insert.Parameters.AddWithValue("$evidence", (object?)study.Evidence ?? DBNull.Value);
            await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var differences = new List<string>();
        foreach (var query in queries)
        {
            // FTS5 saw the words FtsQuery cut from the text as written; a word written with a separate accent mark (not
            // composed) was cut at the mark and then matched nothing, not even the composed word in a document. The
            // index composes first, as search always has, so the oracle is asked with the text composed.
            var words = SearchText.Words(query.Normalize(NormalizationForm.FormC));
            var expected = new SortedSet<string>(StringComparer.Ordinal);
            if (words.Count > 0)
            {
                // The expression the store's FtsQuery built for the filter: every word quoted, none a prefix.
                await using var match = connection.CreateCommand();
                match.CommandText = "SELECT node_id FROM search_doc WHERE search_doc MATCH $text AND kind = 'Study'";
                match.Parameters.AddWithValue("$text", string.Join(' ', words.Select(w => $"\"{w}\"")));
                await using var reader = await match.ExecuteReaderAsync(TestContext.Current.CancellationToken);
                while (await reader.ReadAsync(TestContext.Current.CancellationToken))
                {
                    expected.Add(reader.GetString(0));
                }
            }
            var actual = new SortedSet<string>(words.Count > 0 ? index.StudiesWithEveryWord(query) : [], StringComparer.Ordinal);
            if (!expected.SetEquals(actual))
            {
                differences.Add($"{query}: FTS5 [{string.Join(", ", expected.Take(5))}] ({expected.Count}), index [{string.Join(", ", actual.Take(5))}] ({actual.Count})");
            }
        }
        return differences;
    }
}
