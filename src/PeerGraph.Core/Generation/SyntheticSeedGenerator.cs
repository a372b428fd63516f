using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Generation;

/// <summary>
/// A deterministic synthetic seed with the shape of a template (normally the curated seed): the template's groups,
/// themes and methods; themes and perspectives drawn with the template's frequencies (every theme weighted at least
/// once); authors and journals reused with a Zipf (power-law) distribution; 3 to 12 findings a study. The same
/// (template, studies, seed) always gives the same graph, and it passes every rule of the seed reader.
/// </summary>
public sealed class SyntheticSeedGenerator
{
    private static readonly string[] Words =
    [
        "peer", "support", "recovery", "trust", "role", "clarity", "supervision", "training", "lived", "experience", "shared",
        "team", "integration", "clinical", "staff", "client", "family", "stigma", "hope", "burnout", "boundaries", "disclosure",
        "wellbeing", "community", "housing", "youth", "crisis", "inpatient", "outreach", "employment", "workforce", "identity",
    ];

    private static readonly string[] Designs = ["qualitative", "mixed methods", "qualitative", "ethnographic", "qualitative"];
    private static readonly string[] Locations = ["Massachusetts, USA", "Ontario, Canada", "Victoria, Australia", "Norway", "England, UK", "Ireland"];

    private readonly SeedGraph _template;
    private readonly WeightedPicker<string> _themes;
    private readonly WeightedPicker<string> _groups;

    public SyntheticSeedGenerator(SeedGraph template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (template.Themes.Count == 0 || template.Groups.Count == 0)
        {
            throw new ArgumentException("the template needs themes and groups", nameof(template));
        }
        _template = template;
        var findings = template.Studies.SelectMany(s => s.Findings).ToList();
        _themes = new WeightedPicker<string>(template.Themes.Select(t => (t.Id, 1.0 + findings.Count(f => f.ThemeId == t.Id))));
        _groups = new WeightedPicker<string>(template.Groups.Select(g => (g.Id, 1.0 + findings.Count(f => f.PerspectiveIds.Contains(g.Id)))));
    }

    public SeedGraph Generate(int studies, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(studies);
        var random = new Random(seed);
        var authorPool = Math.Max(10, studies * 3 / 2);
        var journalPool = Math.Max(5, studies / 20);
        var authors = new ZipfPicker(authorPool, 1.1);
        var journals = new ZipfPicker(journalPool, 1.2);
        var list = new List<StudyRecord>(studies);
        for (var i = 0; i < studies; i++)
        {
            list.Add(Study(i, random, authors, journals));
        }
        return new SeedGraph(_template.Groups, _template.Themes, _template.Methods, list);
    }

    private StudyRecord Study(int index, Random random, ZipfPicker authors, ZipfPicker journals)
    {
        var year = random.Next(10) == 0 ? (int?)null : 1995 + random.Next(31);
        var id = $"synthetic-study-{index + 1}" + (year is { } y ? $"-{y}" : "");
        var title = Sentence(random, 6 + random.Next(6));
        var findingCount = 3 + random.Next(10);
        var findings = new List<FindingRecord>(findingCount);
        var used = new HashSet<(string, string)>();
        // One finding per theme per perspective: redraw a pair already used (bounded, for a tiny template).
        for (var attempt = 0; findings.Count < findingCount && attempt < findingCount * 20; attempt++)
        {
            var theme = _themes.Pick(random);
            var perspective = _groups.Pick(random);
            if (!used.Add((theme, perspective)))
            {
                continue;
            }
            var f = findings.Count;
            var about = random.Next(3) == 0 ? new[] { _groups.Pick(random) }.Where(g => g != perspective).ToArray() : [];
            findings.Add(new FindingRecord($"{id}/finding-{f + 1}", theme, [perspective], about, Sentence(random, 12), Sentence(random, 8)));
        }
        var participants = findings.SelectMany(f => f.PerspectiveIds).Distinct().OrderBy(g => g, StringComparer.Ordinal)
            .Select(g => new ParticipantRecord(g, random.Next(4) == 0 ? null : 2 + random.Next(60), null))
            .ToList();
        var methodIds = _template.Methods.Count == 0
            ? []
            : Enumerable.Range(0, 1 + random.Next(3)).Select(_ => _template.Methods[random.Next(_template.Methods.Count)].Id).Distinct().ToList();
        var journalNumber = journals.Pick(random);
        var hasJournal = random.Next(8) != 0;
        return new StudyRecord(
            id,
            char.ToUpperInvariant(title[0]) + title[1..],
            random.Next(20) == 0,
            Sentence(random, 40 + random.Next(40)),
            year,
            year is { } py && random.Next(2) == 0 ? $"{py:D4}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}" : null,
            random.Next(5) == 0 ? null : $"10.{5000 + index % 4000}/synthetic.{index + 1}",
            null,
            hasJournal ? new JournalRecord($"Journal of {Capitalised(Words[journalNumber % Words.Length])} Studies {journalNumber}", [$"{1000 + journalNumber % 9000:D4}-{journalNumber % 10000:D4}"], "Synthetic Press") : null,
            hasJournal ? (1 + random.Next(60)).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            hasJournal ? (1 + random.Next(12)).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            null,
            Enumerable.Range(0, 1 + random.Next(6)).Select(_ => authors.Pick(random)).Distinct().Select(a => $"Author {AuthorName(a)}").ToList(),
            Designs[random.Next(Designs.Length)],
            methodIds,
            random.Next(3) == 0 ? [SettingNumber(1 + random.Next(40))] : [],
            random.Next(3) == 0 ? null : Locations[random.Next(Locations.Length)],
            null,
            null,
            Enumerable.Range(0, random.Next(5)).Select(_ => Words[random.Next(Words.Length)]).Distinct().ToList(),
            random.Next(4) == 0 ? null : (int)Math.Floor(Math.Pow(random.NextDouble(), 3) * 400),
            participants,
            findings,
            new SourceDocument($"synthetic-{index + 1}.txt", "synthetic record"));
    }

    private static Setting SettingNumber(int number) => new($"setting-{number}", $"Setting {number}", null);

    private static string AuthorName(int number)
    {
        var letters = new char[3];
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = (char)('A' + (number / (int)Math.Pow(26, i) % 26));
        }
        return $"{new string(letters)} {number}";
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + ".";
}
