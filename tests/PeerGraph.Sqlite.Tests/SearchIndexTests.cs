using PeerGraph.Core.Domain;
using PeerGraph.Sqlite.Search;

namespace PeerGraph.Sqlite.Tests;

/// <summary>The in-memory search index on its own: which documents match, in which order, and how changes show.</summary>
public sealed class SearchIndexTests
{
    private static SearchDocument Study(long key, string id, string? title = null, string? keywords = null, string? body = null) =>
        new(key, NodeKind.Study, id, id, title, keywords, body, null);

    private static SearchDocument Finding(long key, string studyId, string slug, string statement, string? evidence = null) =>
        new(key, NodeKind.Finding, $"{studyId}/{slug}", studyId, null, null, statement, evidence);

    private static SearchIndex Sealed(params SearchDocument[] documents)
    {
        var index = new SearchIndex();
        foreach (var document in documents)
        {
            index.Add(document);
        }
        index.Seal();
        return index;
    }

    private static List<string> Ids(IReadOnlyList<SearchIndexHit> hits) => hits.Select(h => h.Node.Id).ToList();

    [Fact]
    public void Every_word_is_needed_in_some_text_and_the_last_one_also_matches_as_a_prefix()
    {
        var index = Sealed(
            Study(1, "both", title: "Peer trust", body: "Trusting relationships"),
            Study(2, "split", title: "Peer work", body: "built on trustworthiness"),
            Study(3, "one-word", title: "Peer work"),
            Study(4, "other", title: "Supervision"));

        Assert.Equal(["both", "split"], Ids(index.Search("peer trust", 10)).Order().ToList());
        Assert.Equal(["both", "split"], Ids(index.Search("peer tru", 10)).Order().ToList());
        Assert.DoesNotContain(index.Search("trust peer", 10), h => h.Node.Id == "one-word");
        Assert.Empty(index.Search("tru peer", 10)); // only the last word is a prefix
        Assert.Empty(index.Search("peer psoriasis", 10));
        Assert.Empty(index.Search("  -- ", 10));
    }

    [Fact]
    public void A_word_in_the_heading_outranks_it_in_the_keywords_which_outrank_the_body()
    {
        var index = Sealed(
            Study(1, "body", title: "Alpha beta gamma", body: "delta recovery"),
            Study(2, "heading", title: "Recovery delta gamma", body: "alpha beta"),
            Study(3, "keywords", title: "Alpha beta gamma", keywords: "recovery delta"));

        var hits = index.Search("recovery", 10);

        Assert.Equal(["heading", "keywords", "body"], Ids(hits));
        Assert.True(hits[0].Score > hits[1].Score && hits[1].Score > hits[2].Score);
    }

    [Fact]
    public void Case_and_diacritics_do_not_matter()
    {
        var index = Sealed(Study(1, "accented", title: "Rôle of café workers"), Study(2, "plain", title: "ROLE of cafe WORKERS"));

        Assert.Equal(["accented", "plain"], Ids(index.Search("role cafe", 10)).Order().ToList());
        Assert.Equal(["accented", "plain"], Ids(index.Search("RÔLE CAFÉ", 10)).Order().ToList());
    }

    [Fact]
    public void Removing_a_study_removes_its_findings_and_adding_a_key_again_replaces_its_document()
    {
        var index = Sealed(
            Study(1, "s1", title: "Peer burnout"),
            Finding(2, "s1", "f1", "Burnout among peer workers"),
            Study(5, "s2", title: "Peer burnout again"));

        index.RemoveStudy("s1");
        Assert.Equal(["s2"], Ids(index.Search("burnout", 10)));

        index.Add(Study(5, "s2", title: "Peer supervision"));
        Assert.Empty(index.Search("burnout", 10));
        Assert.Equal(["s2"], Ids(index.Search("supervision", 10)));
        Assert.Equal(3.0 / 4, index.DeadShare, 3);
    }

    [Fact]
    public void The_first_k_are_the_best_k_of_all_matches_in_order_and_ties_go_to_the_earlier_document()
    {
        var random = new Random(7);
        string[] vocabulary = ["peer", "support", "trust", "trusting", "recovery", "role", "roles", "work", "team", "stigma"];
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        var documents = Enumerable.Range(0, 400)
            .Select(i => Study(i + 1, $"s{i}", title: Text(random.Next(0, 4)), keywords: Text(random.Next(0, 3)), body: Text(random.Next(0, 30))))
            .ToList();
        var index = Sealed([.. documents]);

        foreach (var query in new[] { "peer", "peer tru", "role", "support team r", "stigma work" })
        {
            var words = query.Split(' ');
            var expected = documents.Where(d =>
            {
                var terms = $"{d.Heading} {d.Keywords} {d.Body}".Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return words[..^1].All(terms.Contains) && terms.Any(t => t.StartsWith(words[^1], StringComparison.Ordinal));
            }).Select(d => d.NodeId).Order().ToList();
            var all = index.Search(query, documents.Count);
            Assert.Equal(expected, Ids(all).Order().ToList());
            Assert.Equal(all.OrderByDescending(h => h.Score).ThenBy(h => h.Key).Select(h => h.Key), all.Select(h => h.Key));
            Assert.Equal(all.Take(7), index.Search(query, 7));
        }
    }

    [Fact]
    public void Reading_the_rarest_word_by_weight_and_stopping_early_gives_what_reading_every_match_gives()
    {
        var random = new Random(11);
        string[] common = ["peer", "support", "trust", "trusting", "trusted", "recovery", "role", "work", "team", "with"];
        string[] rare = ["stigma", "supervision", "burnout", "hope"];
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words)
            .Select(_ => random.Next(10) == 0 ? rare[random.Next(rare.Length)] : common[random.Next(common.Length)]));
        var documents = Enumerable.Range(0, 3000)
            .Select(i => Study(i + 1, $"s{i}", title: Text(random.Next(0, 5)), keywords: Text(random.Next(0, 3)), body: Text(random.Next(0, 40))))
            .ToList();
        var exhaustive = new SearchIndex(rankedSearchFrom: int.MaxValue, denseShare: double.PositiveInfinity);
        var ranked = new SearchIndex(rankedSearchFrom: 1, rankedEffort: double.PositiveInfinity, denseShare: double.PositiveInfinity);
        foreach (var document in documents)
        {
            exhaustive.Add(document);
            ranked.Add(document);
        }
        exhaustive.Seal();
        ranked.Seal();
        // Changes after the build: postings entries that are not ranked, and dead documents.
        foreach (var index in new[] { exhaustive, ranked })
        {
            index.RemoveStudy("s7");
            index.Add(Study(9001, "late", title: "trust with peer", body: "hope"));
            index.Add(Study(12, "s11", title: "stigma trusting team"));
        }

        foreach (var query in new[] { "peer", "with tru", "trust", "team wor", "stigma", "with peer recovery t", "hope with" })
        {
            foreach (var first in new[] { 1, 10, 100 })
            {
                Assert.Equal(exhaustive.Search(query, first), ranked.Search(query, first));
            }
        }
    }

    [Fact]
    public void Intersecting_the_bitsets_of_common_words_gives_what_reading_every_match_gives()
    {
        var random = new Random(5);
        string[] common = ["peer", "support", "trust", "trusting", "trusted", "recovery", "role", "work", "team", "with"];
        string[] rare = ["stigma", "supervision", "burnout", "hope"];
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words)
            .Select(_ => random.Next(12) == 0 ? rare[random.Next(rare.Length)] : common[random.Next(common.Length)]));
        SearchDocument Document(int i) => i % 3 == 0
            ? Study(i + 1, $"s{i / 3}", title: Text(random.Next(0, 5)), keywords: Text(random.Next(0, 3)), body: Text(random.Next(0, 30)))
            : Finding(i + 1, $"s{i / 3}", $"f{i}", Text(random.Next(1, 12)), Text(random.Next(0, 6)));
        var documents = Enumerable.Range(0, 2400).Select(Document).ToList();
        var exhaustive = new SearchIndex(rankedSearchFrom: int.MaxValue, denseShare: double.PositiveInfinity);
        var everyTermDense = new SearchIndex(denseShare: 0, denseMemoryShare: double.PositiveInfinity);
        var commonTermsDense = new SearchIndex(denseShare: 0.3, denseMemoryShare: double.PositiveInfinity); // the common words, not the rare ones
        var mostCommonTermsDense = new SearchIndex(denseShare: 0, denseMemoryShare: 0.05); // as many as fit in 5 % of the postings' memory
        SearchIndex[] indexes = [exhaustive, everyTermDense, commonTermsDense, mostCommonTermsDense];
        foreach (var index in indexes)
        {
            documents.ForEach(index.Add);
            index.Seal();
        }
        // After the build: documents added at the end (past the bitsets' last block), studies removed and written again.
        var later = Enumerable.Range(2400, 300).Select(Document).ToList();
        foreach (var index in indexes)
        {
            later.ForEach(index.Add);
            index.RemoveStudy("s7");
            index.ReplaceStudy("s11", [Study(9001, "s11", title: "stigma trusting team", body: "hope with peer")]);
            index.Remove(2 + 3 * 40);
        }

        var queries = new[] { "peer", "with tru", "trust", "team wor", "stigma", "with peer recovery t", "hope with", "burnout s", "role team work" };
        foreach (var query in queries)
        {
            foreach (var first in new[] { 1, 10, 100, 5000 })
            {
                var expected = exhaustive.Search(query, first);
                Assert.NotEmpty(expected);
                Assert.Equal(expected, everyTermDense.Search(query, first));
                Assert.Equal(expected, commonTermsDense.Search(query, first));
                Assert.Equal(expected, mostCommonTermsDense.Search(query, first));
            }
        }
    }

    /// <summary>
    /// Two indexes of <paramref name="documents"/>, sealed: one scoring every match from the postings, one with bitsets
    /// for the terms in a tenth of the documents or more (so that two such words are intersected by bits).
    /// </summary>
    private static (SearchIndex Exhaustive, SearchIndex ByBits) ExhaustiveAndByBits(List<SearchDocument> documents)
    {
        var exhaustive = new SearchIndex(rankedSearchFrom: int.MaxValue, denseShare: double.PositiveInfinity);
        var byBits = new SearchIndex(rankedSearchFrom: int.MaxValue, denseShare: 0.1, denseMemoryShare: double.PositiveInfinity);
        foreach (var index in new[] { exhaustive, byBits })
        {
            documents.ForEach(index.Add);
            index.Seal();
        }
        return (exhaustive, byBits);
    }

    [Fact]
    public void Intersecting_bitsets_scores_a_term_without_bitset_at_every_place_in_a_block_of_64()
    {
        // "rare" is in every 19th document (19 and 64 share no factor, so it falls on each of a block's 64 places), too
        // few for a bitset but enough for the words' bitsets to be intersected. "common", with a bitset, is in every
        // other document, and beside "rare" but in the 19 blocks from document 704. Those blocks have no match and are
        // passed over; their 64 entries of "rare" (one on each place) must not be read as the next block's. Body lengths
        // vary, and so do the weights.
        var random = new Random(3);
        SearchDocument Document(int i) => Study(i + 1, $"s{i}", title: "study",
            body: string.Join(' ', [i % 19 != 0 ? "common" : i is >= 704 and < 1920 ? "rare" : "rare common", .. Enumerable.Repeat("filler", random.Next(0, 40))]));
        var documents = Enumerable.Range(0, 2700).Select(Document).ToList();
        var (exhaustive, byBits) = ExhaustiveAndByBits(documents);
        exhaustive.Remove(1 + 19 * 3); // a dead document among the matches
        byBits.Remove(1 + 19 * 3);
        foreach (var query in new[] { "rare common", "common rare", "rare comm" })
        {
            foreach (var first in new[] { 1, 10, 5000 })
            {
                var expected = exhaustive.Search(query, first);
                Assert.Equal(first == 5000 ? 78 : first, expected.Count); // 143 hold "rare", 64 of them alone, one is dead
                Assert.Equal(expected, byBits.Search(query, first));
            }
        }
    }

    [Fact]
    public void Intersecting_bitsets_passes_over_blocks_that_cannot_enter_the_top_k_and_reads_on_after_them()
    {
        // Every 19th document holds "rare" (no bitset) and "common" (a bitset; also in every third document, so that it
        // weighs something): every block of 64 has matches. In the 19 blocks from document 704 the bodies are long, so
        // both words weigh less there; once the top k are all short documents, those blocks' bound is below the k-th
        // best and they are passed over, and their 64 entries of "rare" (one on each place) must not be read as the
        // next block's.
        SearchDocument Document(int i)
        {
            var words = i % 19 == 0 ? "rare common" : i % 3 == 0 ? "common" : "other";
            var filler = i is >= 704 and < 1920 ? string.Concat(Enumerable.Repeat(" filler", 30)) : "";
            return Study(i + 1, $"s{i}", title: "study", body: words + filler);
        }
        var documents = Enumerable.Range(0, 2700).Select(Document).ToList();
        var (exhaustive, byBits) = ExhaustiveAndByBits(documents);
        foreach (var query in new[] { "rare common", "common rare" })
        {
            foreach (var first in new[] { 1, 10, 100, 200 })
            {
                var expected = exhaustive.Search(query, first);
                Assert.Equal(Math.Min(first, 143), expected.Count);
                Assert.Equal(expected, byBits.Search(query, first));
            }
        }
    }

    [Fact]
    public void The_text_filter_finds_the_live_studies_holding_every_word_whatever_the_bitsets_and_marks_their_slots_through_a_kept_memo()
    {
        var random = new Random(9);
        string[] common = ["peer", "support", "trust", "trusting", "recovery", "role", "work", "team", "with"];
        string[] rare = ["stigma", "supervision", "burnout", "hope"];
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words)
            .Select(_ => random.Next(10) == 0 ? rare[random.Next(rare.Length)] : common[random.Next(common.Length)]));
        SearchDocument Document(int i) => i % 3 == 0
            ? Study(i + 1, $"s{i / 3}", title: Text(random.Next(0, 4)), keywords: Text(random.Next(0, 3)), body: Text(random.Next(0, 12)))
            : Finding(i + 1, $"s{i / 3}", $"f{i}", Text(random.Next(1, 12)), Text(random.Next(0, 6)));
        var documents = Enumerable.Range(0, 2400).Select(Document).ToList();
        var later = Enumerable.Range(2400, 300).Select(Document).ToList();
        SearchIndex[] indexes =
        [
            new(denseShare: double.PositiveInfinity), // no bitsets: the rarest word's postings
            new(denseShare: 0, denseMemoryShare: double.PositiveInfinity), // every word a bitset: intersected
            new(denseShare: 0.3, denseMemoryShare: double.PositiveInfinity), // the common words only
        ];
        var replaced = Study(9001, "s11", title: "stigma trusting team", body: "hope with peer");
        foreach (var index in indexes)
        {
            documents.ForEach(index.Add);
            index.Seal();
            // After the build: documents added past the bitsets' last block, studies removed and written again.
            later.ForEach(index.Add);
            index.RemoveStudy("s7");
            index.ReplaceStudy("s11", [replaced]);
        }
        // The live studies' texts, as a direct computation sees them (findings' texts do not count).
        var studies = documents.Concat(later).Where(d => d.Kind == NodeKind.Study).ToDictionary(d => d.NodeId, StringComparer.Ordinal);
        studies.Remove("s7");
        studies["s11"] = replaced;
        List<string> Expected(string query) => studies.Values
            .Where(d => query.Split(' ').All(w => $"{d.Heading} {d.Keywords} {d.Body}".Split(' ').Contains(w)))
            .Select(d => d.NodeId).Order(StringComparer.Ordinal).ToList();
        // Slots as a caller numbers its studies (here backwards); "s3" is not among them.
        var slots = studies.Keys.Where(id => id != "s3").Order(StringComparer.Ordinal).Reverse().Select((id, slot) => (id, slot))
            .ToDictionary(p => p.id, p => p.slot, StringComparer.Ordinal);
        var byslot = slots.ToDictionary(p => p.Value, p => p.Key);

        var queries = new[] { "peer", "with trust", "stigma", "hope with", "burnout supervision", "role team work", "trusting stigma team", "nowhere", "peer nowhere" };
        foreach (var index in indexes)
        {
            var memo = new int[index.DocumentCount];
            var lookups = 0;
            for (var pass = 0; pass < 2; pass++)
            {
                foreach (var query in queries)
                {
                    var expected = Expected(query);
                    Assert.Equal(expected, index.StudiesWithEveryWord(query).Order(StringComparer.Ordinal));
                    var bits = new ulong[(slots.Count + 63) >> 6];
                    Assert.True(index.MarkStudiesWithEveryWord(query, memo, id =>
                    {
                        lookups++;
                        return slots.TryGetValue(id, out var slot) ? slot : -1;
                    }, bits));
                    var marked = Enumerable.Range(0, slots.Count).Where(slot => (bits[slot >> 6] & (1UL << (slot & 63))) != 0).Select(slot => byslot[slot]);
                    Assert.Equal(expected.Where(id => id != "s3"), marked.Order(StringComparer.Ordinal));
                }
                if (pass == 0)
                {
                    // Every study found once is kept in the memo: the second pass looks up only the one not in the slots.
                    lookups = 0;
                }
            }
            Assert.True(lookups <= queries.Length, $"{lookups} lookups on the second pass");
            Assert.False(index.MarkStudiesWithEveryWord(" ,; ", memo, _ => 0, new ulong[1]));
            Assert.Empty(index.StudiesWithEveryWord("!!"));
        }
    }

    [Fact]
    public void Reading_a_rare_word_by_weight_looks_the_common_ones_up_in_their_bitsets_and_gives_what_reading_every_match_gives()
    {
        // "rare" is in about 1 % of the documents, fewer than one in 64: not a search by bits, a ranked reading.
        var random = new Random(3);
        string[] common = ["peer", "support", "trust", "trusted", "work", "team", "with"];
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words)
            .Select(_ => random.Next(800) == 0 ? "rare" : common[random.Next(common.Length)]));
        SearchDocument Document(int i) => Study(i + 1, $"s{i}", title: Text(random.Next(1, 5)), body: Text(random.Next(0, 12)));
        var exhaustive = new SearchIndex(rankedSearchFrom: int.MaxValue, denseShare: double.PositiveInfinity);
        var rankedWithBits = new SearchIndex(rankedSearchFrom: 1, rankedEffort: double.PositiveInfinity, denseShare: 0, denseMemoryShare: double.PositiveInfinity);
        foreach (var index in new[] { exhaustive, rankedWithBits })
        {
            random = new Random(3);
            Enumerable.Range(0, 6400).Select(Document).ToList().ForEach(index.Add);
            index.Seal();
            Enumerable.Range(6400, 100).Select(Document).ToList().ForEach(index.Add);
            index.RemoveStudy("s40");
            index.Add(Study(41, "s40", title: "rare peer trust"));
        }

        foreach (var query in new[] { "rare peer", "rare with tr", "rare t", "peer rare" })
        {
            foreach (var first in new[] { 1, 10, 100 })
            {
                var expected = exhaustive.Search(query, first);
                Assert.NotEmpty(expected);
                Assert.Equal(expected, rankedWithBits.Search(query, first));
            }
        }
    }

    [Fact]
    public void With_many_dead_documents_a_word_in_most_documents_still_ranks_by_use_and_both_ways_agree()
    {
        var documents = Enumerable.Range(0, 1000)
            .Select(i => Study(i + 1, $"s{i}", title: "peer work", body: string.Join(' ', Enumerable.Repeat("peer", 1 + i % 5)) + " support"))
            .ToList();
        var exhaustive = new SearchIndex(rankedSearchFrom: int.MaxValue, denseShare: double.PositiveInfinity);
        var ranked = new SearchIndex(rankedSearchFrom: 1, rankedEffort: double.PositiveInfinity, denseShare: double.PositiveInfinity);
        foreach (var index in new[] { exhaustive, ranked })
        {
            documents.ForEach(index.Add);
            index.Seal();
            // 300 studies written again: their old documents stay in the postings, dead (23 % of them).
            foreach (var document in documents.Take(300))
            {
                index.ReplaceStudy(document.NodeId, [document with { Key = document.Key + 10_000 }]);
            }
        }

        var hits = exhaustive.Search("peer", 10);

        Assert.True(ranked.DeadShare > 0.2);
        Assert.All(hits, h => Assert.True(h.Score > 0));
        Assert.All(hits, h => Assert.Equal(4, int.Parse(h.Node.Id[1..], System.Globalization.CultureInfo.InvariantCulture) % 5)); // the most uses of "peer"
        Assert.Equal(hits, ranked.Search("peer", 10));
    }

    [Fact]
    public void Ties_go_to_the_smaller_key_and_stay_there_when_a_document_is_written_again()
    {
        var index = Sealed(Study(2, "b", title: "Peer work"), Study(1, "a", title: "Peer work"), Study(3, "c", title: "Peer work"));
        Assert.Equal(["a", "b", "c"], Ids(index.Search("peer", 10)));

        index.Add(Study(1, "a", title: "Peer work"));

        Assert.Equal(["a", "b", "c"], Ids(index.Search("peer", 10)));
        Assert.Equal(["a", "b"], Ids(index.Search("peer", 2)));
    }

    [Fact]
    public void A_letter_written_with_a_separate_accent_mark_is_one_word()
    {
        var index = Sealed(Study(1, "decomposed", title: "Re\u0301sume\u0301 writing"), Study(2, "other", title: "Re sume"));

        Assert.Equal(["decomposed"], Ids(index.Search("résumé", 10)));
        Assert.Equal(["decomposed"], Ids(index.Search("resume", 10)));
    }
}
